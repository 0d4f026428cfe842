using System.CommandLine;
using System.Text.RegularExpressions;

namespace RubricEngine.Cli.Tests.Chinese;

/// <summary>
/// The zh scan over usage errors: every bad command line of <see cref="ArgumentErrorTests"/> and a few more, and
/// junk given to every option of every command that has <c>--lang</c>, each with <c>--lang zh</c>. Each must be one
/// line, exit 2, ending <c>参见“rubric CMD --help”。</c>, with Latin letters only in quoted text (“…”, '…'), option
/// names, the command's name and a short list; and the same line without <c>--lang zh</c> must be English.
/// </summary>
[Collection("cli")]
public partial class ChineseUsageErrorScanTests
{
    private static readonly HashSet<string> Fixed = new(["SQLite", "PostgreSQL", "html", "index"], StringComparer.Ordinal);

    private static readonly string[][] More =
    [
        ["explain", "--rubric", "rubrics/gib.rubric", "--dossier", "samples/gib/G01-offshore-wind-east-anglia.yaml", "--weight-step", "x"],
        ["records", "show", "store.db", "x"],
        ["screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", "samples/yeda", "--out", "a.json", "--out", "b.json"],
        ["screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", "samples/yeda", "--record", ""],
        ["screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", "samples/yeda", "--resume"],
        ["screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", "samples/yeda", "--out", ""],
        ["screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", "samples/yeda", "--format", "html", "--out", ""],
        ["screen", "--rubric"],
        ["explain", "--dossier", "samples/gib/G01-offshore-wind-east-anglia.yaml"],
        ["records", "export", "store.db", "--run", "r", "--out", "/nonexistent/dir/x.json"],
        ["records"],
    ];

    [Fact]
    public void UsageErrors_WithLangZh_AreChinese()
    {
        var lines = ArgumentErrorTests.BadCommandLines().Select(row => (string[])row[0]).Concat(More).Concat(JunkForEveryOption()).ToList();
        var findings = new List<string>();
        foreach (var args in lines)
        {
            var (exit, output, error) = CliRunner.Run([.. args, "--lang", "zh"]);
            var english = CliRunner.Run(args).Error;
            var line = error.TrimEnd('\n', '\r');
            var shown = string.Join(' ', args.Select(a => a.Length == 0 ? "''" : a));
            if (exit != 2 || output.Length != 0 || line.Contains('\n', StringComparison.Ordinal))
            {
                findings.Add($"{shown} --lang zh: exit {exit}, not one usage line: {error}");
            }
            else if (!HelpPointer().IsMatch(line))
            {
                findings.Add($"{shown} --lang zh: does not end 参见“rubric ... --help”。: {line}");
            }
            else if (Untranslated(line).ToList() is { Count: > 0 } words)
            {
                findings.Add($"{shown} --lang zh: English words {string.Join(", ", words)}: {line}");
            }
            else if (!english.Contains(" See 'rubric", StringComparison.Ordinal))
            {
                findings.Add($"{shown}: without --lang zh not English: {english}");
            }
        }

        Assert.True(lines.Count > 40, $"only {lines.Count} command lines were scanned");
        Assert.True(findings.Count == 0, "untranslated usage errors:\n" + string.Join("\n", findings));
    }

    [Fact]
    public void ImpactFromStandardInput_WithLangZh_IsChinese()
    {
        var args = new[] { "impact", "rubrics/yeda.rubric", "rubrics/yeda.rubric", "--dossiers", "-" };
        Assert.Equal((2, "rubric: impact screens the dossiers twice and more, so it reads files and folders, not standard input.\n"), Exit(CliRunner.Run(args)));
        Assert.Equal((2, "rubric: impact 要多次筛选材料，只读取文件和文件夹，不读取标准输入。\n"), Exit(CliRunner.Run([.. args, "--lang", "zh"])));
    }

    private static (int, string) Exit((int Exit, string Out, string Error) run) => (run.Exit, run.Error.ReplaceLineEndings("\n"));

    /// <summary>The English words of a usage line outside its command name, quotes, option names and the short list.</summary>
    private static IEnumerable<string> Untranslated(string line)
    {
        var message = line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        message = Quoted().Replace(message, " ");
        message = OptionName().Replace(message, " ");
        return EnglishScanner.Words(message).Where(w => !Fixed.Contains(w));
    }

    /// <summary>Junk ('x' and '') for every option of every command that has --lang, the rest of the line left out.</summary>
    private static IEnumerable<string[]> JunkForEveryOption()
    {
        foreach (var (path, command) in CommandTree.Walk(CommandTree.Build()))
        {
            if (!command.Options.Any(o => o.Name == "--lang"))
            {
                continue;
            }

            foreach (var option in command.Options.Where(o => o.Name != "--lang" && o.ValueType != typeof(bool) && o is not System.CommandLine.Help.HelpOption))
            {
                yield return [.. path, option.Name, "x"];
                yield return [.. path, option.Name, ""];
            }
        }
    }

    [GeneratedRegex(@"^rubric( [a-z]+)*: .*[^\x00-\x7F].*参见“rubric( [a-z]+)* --help”。$", RegexOptions.CultureInvariant)]
    private static partial Regex HelpPointer();

    [GeneratedRegex(@"“[^”]*”|'[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"--[a-z][a-z-]*|<[a-z]+>", RegexOptions.CultureInvariant)]
    private static partial Regex OptionName();
}
