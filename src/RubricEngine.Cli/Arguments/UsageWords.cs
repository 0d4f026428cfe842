using System.Text.RegularExpressions;

namespace RubricEngine.Cli.Arguments;

/// <summary>
/// The words of usage errors, in English or Chinese. The language is read from the command line before it is
/// parsed (<c>--lang zh</c>), since a usage error is written before any option has a value. Each message keeps its
/// English and Chinese side by side; the parser's own English messages are translated here too, because the
/// program runs in invariant globalization and System.CommandLine's resources cannot follow a culture (its zh-Hans
/// resources leave most of these messages English anyway).
/// </summary>
internal sealed partial class UsageWords
{
    private readonly bool _zh;

    private UsageWords(bool zh) => _zh = zh;

    public static UsageWords English { get; } = new(zh: false);

    public static UsageWords Chinese { get; } = new(zh: true);

    /// <summary>Chinese when the command line asks for it (<c>--lang zh</c>, <c>--lang=zh</c>, <c>--lang:zh</c>), otherwise English.</summary>
    public static UsageWords For(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Enumerable.Range(0, args.Count).Any(i => ChineseRequestAt(args, i) > 0) ? Chinese : English;
    }

    /// <summary>How many arguments from <paramref name="i"/> ask for Chinese: 2 for <c>--lang zh</c>, 1 for <c>--lang=zh</c> or <c>--lang:zh</c>, else 0.</summary>
    public static int ChineseRequestAt(IReadOnlyList<string> args, int i) =>
        args[i] == "--lang" && i + 1 < args.Count && args[i + 1] == "zh" ? 2 : args[i] is "--lang=zh" or "--lang:zh" ? 1 : 0;

    /// <summary>Whether these are the Chinese words.</summary>
    public bool IsChinese => _zh;

    /// <summary>The text of a help description in this language; each command gives both where it is built.</summary>
    public string Of(string english, string chinese) => _zh ? chinese : english;

    /// <summary>The usage line: the command, its problem, and where its help is.</summary>
    public string Line(string command, string problem) =>
        _zh ? $"{command}: {problem}参见“{command} --help”。" : $"{command}: {problem} See '{command} --help'.";

    public string UnknownOption(string token, string suggestion) => _zh ? $"未知选项“{token}”。{suggestion}" : $"unknown option '{token}'.{suggestion}";

    public string UnknownCommand(string token, string suggestion) => _zh ? $"未知命令“{token}”。{suggestion}" : $"unknown command '{token}'.{suggestion}";

    public string UnexpectedArgument(string token) => _zh ? $"多余的参数“{token}”。" : $"unexpected argument '{token}'.";

    public string DidYouMean(string closest) => _zh ? $"是否想输入“{closest}”？" : $" Did you mean '{closest}'?";

    public string Threads(string text) =>
        _zh ? $"--threads 应为 0 或更大的整数（0 表示使用全部核心），而不是“{text}”。" : $"--threads expects a whole number, 0 or more (0 uses every core), not '{text}'.";

    public string WeightStep(string text) =>
        _zh ? $"--weight-step 应为大于 0、小于 100 的百分数，而不是“{text}”。" : $"--weight-step expects a percentage above 0 and below 100, not '{text}'.";

    public string RecordId(string text) =>
        _zh ? $"<record> 应为记录编号，即“records list”列出的整数，而不是“{text}”。" : $"<record> expects a record id, a whole number as 'records list' prints it, not '{text}'.";

    public string StandardInputWithFiles =>
        _zh ? "--dossiers “-”读取标准输入，不能与文件或文件夹同时使用。" : "--dossiers '-' reads standard input and cannot be combined with files or folders.";

    public string NoSuchDossierPath(string path, string suggestion) =>
        _zh ? $"--dossiers “{path}”不存在：没有这个文件或文件夹。{suggestion}" : $"--dossiers '{path}' does not exist: no such file or folder.{suggestion}";

    public string EmptyFileName(string option) => _zh ? $"{option} 应为文件名，不能为空。" : $"{option} expects a file name, not ''.";

    public string EmptyFolderName => _zh ? "--out 应为文件夹名，不能为空。" : "--out expects a folder name, not ''.";

    public string FileIsAFolder(string option, string path) =>
        _zh ? $"{option} “{path}”是文件夹，请给出文件名。" : $"{option} '{path}' is a folder; give a file name.";

    public string FolderIsAFile(string path) =>
        _zh ? $"--out “{path}”是文件；--format html 写出一个网页文件夹，请给出文件夹名。"
        : $"--out '{path}' is a file; --format html writes a folder of pages, so give a folder name.";

    public string FolderHoldsOtherFiles(string path) =>
        _zh ? $"--out “{path}”是存有其他文件的文件夹；--format html 只替换之前生成的报告文件夹，请给出新的或空的文件夹。"
        : $"--out '{path}' is a folder holding other files; --format html replaces only an earlier report folder, so give a new or empty folder.";

    public string MissingFolder(string option, string path, string folder) =>
        _zh ? $"无法写入 {option} “{path}”：文件夹“{folder}”不存在。" : $"{option} '{path}' cannot be written: the folder '{folder}' does not exist.";

    public string HtmlNeedsOut =>
        _zh ? "--format html 写出一个网页文件夹（index.html 和每份材料一页），请用 --out 给出文件夹。"
        : "--format html writes a folder of pages (index.html and one page per dossier); give it with --out FOLDER.";

    public string ResumeNeedsRecord => _zh ? "--resume 需要同时给出 --record。" : "--resume needs --record.";

    public string EmptyRecordTarget =>
        _zh ? "--record 应为决定存储库（SQLite 文件或 PostgreSQL 连接字符串），不能为空。"
        : "--record expects a decision store (a SQLite file, or a PostgreSQL connection string), not ''.";

    public string ImpactReadsNoStandardInput =>
        _zh ? "rubric: impact 要多次筛选材料，只读取文件和文件夹，不读取标准输入。"
        : "rubric: impact screens the dossiers twice and more, so it reads files and folders, not standard input.";

    /// <summary>
    /// One sentence from a parser message about <paramref name="option"/> (null when it concerns a command): a list
    /// of allowed values ("Must be one of:" then a value a line) joins on commas, and the option is named.
    /// </summary>
    public string ParserMessage(string message, string? option)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_zh && InChinese(message, option) is { } chinese)
        {
            return chinese;
        }

        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var sentence = lines.Length == 1 ? lines[0] : $"{lines[0]} {string.Join(", ", lines.Skip(1))}";
        if (option is not null && !sentence.Contains(option, StringComparison.Ordinal))
        {
            sentence = $"{option}: {sentence}";
        }

        return sentence.EndsWith('.') || sentence.EndsWith('?') || sentence.EndsWith('。') || sentence.EndsWith('？') ? sentence : sentence + ".";
    }

    // System.CommandLine 2.0.0's messages (its neutral resources), each with its Chinese; null for one not listed.
    private static string? InChinese(string message, string? option)
    {
        if (NotAllowed().Match(message) is { Success: true } notAllowed)
        {
            var allowed = notAllowed.Groups["list"].Value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return $"{(option is null ? string.Empty : option + " ")}不接受“{notAllowed.Groups["value"].Value}”，可选：{string.Join("、", allowed)}。";
        }

        if (RequiredOption().Match(message) is { Success: true } required)
        {
            return $"缺少必需的选项 {required.Groups[1].Value}。";
        }

        if (CommandArgumentMissing().Match(message) is { Success: true } commandArgument)
        {
            return $"命令“{commandArgument.Groups[1].Value}”缺少必需的参数。";
        }

        if (OptionArgumentMissing().Match(message) is { Success: true } optionArgument)
        {
            return $"选项 {optionArgument.Groups[1].Value} 缺少值。";
        }

        if (SingleArgument().Match(message) is { Success: true } single)
        {
            return $"选项 {single.Groups[1].Value} 只接受一个值，但给了 {single.Groups[2].Value} 个。";
        }

        if (CannotParse().Match(message) is { Success: true } parse)
        {
            return $"无法读取{(parse.Groups["kind"].Value == "option" ? "选项" : "命令")} {parse.Groups["symbol"].Value} 的值“{parse.Groups["value"].Value}”。";
        }

        if (Unrecognized().Match(message) is { Success: true } unrecognized)
        {
            return $"无法识别的命令或参数“{unrecognized.Groups[1].Value}”。";
        }

        if (NotCombined().Match(message) is { Success: true } combined)
        {
            return $"{combined.Groups[1].Value} 不能与其他参数一起使用。";
        }

        if (ResponseFileMissing().Match(message) is { Success: true } responseFile)
        {
            return $"找不到响应文件“{responseFile.Groups[1].Value}”。";
        }

        return message == "Required command was not provided." ? "缺少子命令。" : null;
    }

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<list>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex NotAllowed();

    [GeneratedRegex(@"^Option '(.+)' is required\.$", RegexOptions.CultureInvariant)]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Required argument missing for command: '(.+)'\.$", RegexOptions.CultureInvariant)]
    private static partial Regex CommandArgumentMissing();

    [GeneratedRegex(@"^Required argument missing for option: '(.+)'\.$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionArgumentMissing();

    [GeneratedRegex(@"^Option '(.+)' expects a single argument but (\d+) were provided\.$", RegexOptions.CultureInvariant)]
    private static partial Regex SingleArgument();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?<kind>option|command) '(?<symbol>.+)' as expected type '.+'\.", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^(.+) option cannot be combined with other arguments\.$", RegexOptions.CultureInvariant)]
    private static partial Regex NotCombined();

    [GeneratedRegex(@"^Response file not found '(.*)'\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ResponseFileMissing();
}
