using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace RubricEngine.Cli.Arguments;

/// <summary>Options whose values are checked while parsing, so a bad value is a usage error before any work starts.</summary>
internal static class CliOptions
{
    /// <summary>The name standard input goes by in a list of dossier paths.</summary>
    public const string StandardInput = "-";

    /// <summary><c>--threads N</c>: a whole number, 0 or more.</summary>
    public static Option<int> Threads(UsageWords words) => new("--threads")
    {
        Description = words.Of("Worker threads; 0 uses every core.", "工作线程数；0 表示使用全部核心。"),
        DefaultValueFactory = _ => 0,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var threads))
            {
                return threads;
            }

            result.AddError(words.Threads(text));
            return 0;
        },
    };

    /// <summary>
    /// <c>--weight-step P</c>: a percentage above 0 and below 100. Parsed here rather than checked after the
    /// parser's own conversion, whose value a validator cannot read when the text is not a number.
    /// </summary>
    public static Option<decimal> WeightStep(UsageWords words) => new("--weight-step")
    {
        Description = words.Of("With --sensitivity: the percentage each weight is changed by, up and down.", "与 --sensitivity 同用：每个权重上调和下调的百分比。"),
        DefaultValueFactory = _ => 10m,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var step) && step is > 0 and < 100)
            {
                return step;
            }

            result.AddError(words.WeightStep(text));
            return 10m;
        },
    };

    /// <summary><c>RECORD</c> of <c>records show</c>: a record id, a whole number.</summary>
    public static Argument<long> RecordId(UsageWords words) => new("record")
    {
        Description = words.Of("The record's id, as 'records list' prints it.", "记录编号，即“records list”列出的编号。"),
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }

            result.AddError(words.RecordId(text));
            return 0;
        },
    };

    /// <summary><c>--out FILE</c>: a file whose folder exists and which is not itself a folder.</summary>
    public static Option<string?> OutputFile(string description, UsageWords words)
    {
        var option = new Option<string?>("--out") { Description = description };
        option.Validators.Add(WritablePathCheck(words));
        return option;
    }

    /// <summary>Rejects dossier paths that name nothing, with a did-you-mean from the folder they point into.</summary>
    public static Action<OptionResult> DossierPathsCheck(UsageWords words) => result =>
    {
        var paths = result.GetValueOrDefault<string[]>() ?? [];
        if (paths.Contains(StandardInput) && paths.Length > 1)
        {
            result.AddError(words.StandardInputWithFiles);
            return;
        }

        foreach (var path in paths.Where(p => p != StandardInput && !File.Exists(p) && !Directory.Exists(p)))
        {
            result.AddError(words.NoSuchDossierPath(path, SuggestSibling(path, words)));
            return;
        }
    };

    /// <summary>Rejects an output path that is empty, a folder, or in a folder that does not exist; the message names the option checked.</summary>
    public static Action<OptionResult> WritablePathCheck(UsageWords words) => result =>
    {
        if (TypedText(result) is { } path && OutputFileProblem(path, words, result.Option.Name) is { } problem)
        {
            result.AddError(problem);
        }
    };

    /// <summary>The option's value as typed (the last, when given twice), or null when absent: readable even when it does not convert.</summary>
    public static string? TypedText(OptionResult? result) => result?.Tokens is { Count: > 0 } tokens ? tokens[^1].Value : null;

    /// <summary>Why a file cannot be written at <paramref name="path"/> given with <paramref name="option"/>, or null when it can.</summary>
    public static string? OutputFileProblem(string path, UsageWords words, string option = "--out") =>
        path.Length == 0 ? words.EmptyFileName(option)
        : Directory.Exists(path) ? words.FileIsAFolder(option, path)
        : MissingParent(path, option, words);

    /// <summary>Why a report folder cannot be written at <paramref name="path"/>, or null when it can.</summary>
    public static string? OutputFolderProblem(string path, UsageWords words) =>
        path.Length == 0 ? words.EmptyFolderName
        : File.Exists(path) ? words.FolderIsAFile(path)
        : !Output.ReportFolder.CanReplace(path) ? words.FolderHoldsOtherFiles(path)
        : MissingParent(path, "--out", words);

    private static string? MissingParent(string path, string option, UsageWords words)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return folder is not null && !Directory.Exists(folder) ? words.MissingFolder(option, path, folder) : null;
    }

    private static string SuggestSibling(string path, UsageWords words)
    {
        var folder = Path.GetDirectoryName(path);
        var lookIn = string.IsNullOrEmpty(folder) ? "." : folder;
        if (!Directory.Exists(lookIn))
        {
            return string.Empty;
        }

        var siblings = Directory.EnumerateFileSystemEntries(lookIn).Select(Path.GetFileName).OfType<string>();
        return DidYouMean.Closest(Path.GetFileName(path), siblings) is { } closest
            ? words.DidYouMean(string.IsNullOrEmpty(folder) ? closest : folder + "/" + closest)
            : string.Empty;
    }
}
