using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;

namespace RubricEngine.Cli.Tests;

/// <summary>
/// An attacker's command lines, walked from the real command tree: every option and argument of every command is
/// given junk values, every option is given twice, and every command meets an unknown option. The rest of each
/// command line is valid, so the junk reaches the command's work too, not only the parser. Each run must end in a
/// defined outcome (success, input errors, usage) with stderr naming the problem: never an exception, a stack
/// trace or the internal-error status.
/// </summary>
[Collection("cli")]
public class UsageJunkValueTests
{
    // The missing path is relative: each run starts in a new temporary folder, so whatever a command creates for it stays there.
    private static readonly string[] Junk =
        ["x", "-1", "", "99999999999999999999", "NaN", "no-such-folder/no-such-file.rubric", new string('a', 5000), "测试"];

    private const string UnknownOption = "--no-such-option";

    /// <summary>Every command's path below <c>rubric</c> ("" is the root), as the tree built for a run has them.</summary>
    public static TheoryData<string> CommandPaths()
    {
        var paths = new TheoryData<string>();
        foreach (var (path, _) in CommandTree.Walk(CommandTree.Build()))
        {
            paths.Add(string.Join(' ', path));
        }

        return paths;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void JunkValues_RepeatedOptions_UnknownOption_EndInADefinedOutcome(string commandPath)
    {
        var path = commandPath.Length == 0 ? Array.Empty<string>() : commandPath.Split(' ');
        var command = CommandTree.Walk(CommandTree.Build()).Single(c => c.Path.SequenceEqual(path)).Command;
        var inputs = SharedInputs.Value;
        var failures = new List<string>();

        foreach (var option in ValueOptions(command))
        {
            foreach (var junk in Junk)
            {
                Check(failures, path, Baseline(command, inputs, without: option).Concat(Given(option, junk)), option.Name, junk);
            }

            var repeated = Given(option, RepeatValue(option, inputs)).ToArray();
            Check(failures, path, Baseline(command, inputs, without: option).Concat(repeated).Concat(repeated), option.Name, null);
        }

        foreach (var argument in command.Arguments)
        {
            foreach (var junk in Junk)
            {
                Check(failures, path, Baseline(command, inputs, replacing: (argument, junk)), argument.Name, junk);
            }
        }

        var unknown = Baseline(command, inputs).Append(UnknownOption);
        var (exit, _, error) = Check(failures, path, unknown, UnknownOption, null);
        if (exit != 2)
        {
            failures.Add($"{Show(path, unknown)}: an unknown option exits {exit}, not 2 (usage)");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} bad outcomes:\n" + string.Join("\n", failures));
    }

    /// <summary>Runs one command line in a fresh folder (a junk '--out x' lands there) and records what is wrong with its outcome.</summary>
    private static (int Exit, string Out, string Error) Check(List<string> failures, string[] path, IEnumerable<string> rest, string symbol, string? junk)
    {
        var args = path.Concat(rest).ToArray();
        (int Exit, string Out, string Error) result;
        try
        {
            result = CliRunner.RunIn(TestRoot.NewFolder(), string.Empty, args);
        }
#pragma warning disable CA1031 // Any exception escaping the command line is the failure this test looks for.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failures.Add($"{Show(path, args.Skip(path.Length))}: threw {ex.GetType().Name}: {ex.Message}");
            return (-1, string.Empty, string.Empty);
        }

        var (exit, output, error) = result;
        var everything = output + error;
        if (exit is not (0 or 1 or 2))
        {
            failures.Add($"{Show(path, rest)}: exit {exit}: {FirstLine(error)}");
        }
        else if (everything.Contains("Unhandled exception", StringComparison.Ordinal) || everything.Contains("\n   at ", StringComparison.Ordinal))
        {
            failures.Add($"{Show(path, rest)}: a stack trace in the output: {FirstLine(everything)}");
        }
        else if (exit == 2 && !IsUsageLine(error, path))
        {
            failures.Add($"{Show(path, rest)}: a usage exit without one usage line on stderr: {FirstLine(error)}");
        }
        else if (exit != 0 && !NamesTheProblem(error, symbol, junk))
        {
            failures.Add($"{Show(path, rest)}: exit {exit}, but stderr names neither {symbol} nor the value: {FirstLine(error)}");
        }

        return result;
    }

    /// <summary>One line, "rubric CMD: ... See 'rubric CMD --help'.", as every usage error is.</summary>
    private static bool IsUsageLine(string error, string[] path)
    {
        var name = string.Join(' ', path.Prepend("rubric"));
        var lines = error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 1 && lines[0].StartsWith(name + ": ", StringComparison.Ordinal) && lines[0].EndsWith($" See '{name} --help'.", StringComparison.Ordinal);
    }

    /// <summary>The option or argument named, or the value quoted (a diagnostic on a path quotes the path, not the option).</summary>
    private static bool NamesTheProblem(string error, string symbol, string? junk) =>
        error.Contains(symbol, StringComparison.Ordinal)
        || (!string.IsNullOrEmpty(junk) && error.Contains(junk, StringComparison.Ordinal))
        || (junk is "" && error.Contains("''", StringComparison.Ordinal));

    /// <summary>The options a user can give this command: its own and the recursive ones of its parents, but not help and version.</summary>
    private static IEnumerable<Option> ValueOptions(Command command) =>
        command.Options.Where(o => o is not HelpOption and not VersionOption);

    private static IEnumerable<string> Given(Option option, string? value) =>
        value is null ? [option.Name] : [option.Name, value];

    /// <summary>A valid value to give twice: the one the command line needs, else the first the option accepts; a flag takes none.</summary>
    private static string? RepeatValue(Option option, Inputs inputs)
    {
        if (option.ValueType == typeof(bool))
        {
            return null;
        }

        return inputs.ValidValue(option.Name)
            ?? option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).FirstOrDefault()
            ?? "1";
    }

    /// <summary>A valid command line for <paramref name="command"/>: its required options and its arguments, each with a valid value.</summary>
    private static IEnumerable<string> Baseline(Command command, Inputs inputs, Option? without = null, (Argument Argument, string Value)? replacing = null)
    {
        foreach (var argument in command.Arguments)
        {
            yield return replacing is { } r && ReferenceEquals(r.Argument, argument) ? r.Value : inputs.Required(argument.Name);
        }

        foreach (var option in command.Options.Where(o => o.Required && !ReferenceEquals(o, without)))
        {
            yield return option.Name;
            yield return inputs.Required(option.Name);
        }
    }

    private static string Show(string[] path, IEnumerable<string> rest) =>
        "rubric " + string.Join(' ', path.Concat(rest).Select(a => a.Length > 40 ? a[..12] + $"...({a.Length} chars)" : a.Length == 0 ? "''" : a));

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].TrimEnd('\r');
        return line.Length > 300 ? line[..300] + "..." : line;
    }

    private static readonly Lazy<Inputs> SharedInputs = new(Inputs.Create);
}

/// <summary>Valid values for the options and arguments a command line needs: a copied rubric (fmt --write rewrites it), a dossier, a store with one run.</summary>
internal sealed record Inputs(string Rubric, string Dossier, string Store, string RunId)
{
    public static Inputs Create()
    {
        var folder = TestRoot.NewFolder();
        var rubric = Path.Combine(folder, "yeda.rubric");
        File.Copy(Path.Combine(CliRunner.RepositoryRoot, "rubrics", "yeda.rubric"), rubric);
        var dossier = Directory.EnumerateFiles(Path.Combine(CliRunner.RepositoryRoot, "samples", "yeda"), "*.yaml").Order(StringComparer.Ordinal).First();
        var store = Path.Combine(folder, "store.db");
        var screened = CliRunner.Run("screen", "--rubric", rubric, "--dossiers", dossier, "--record", store, "--format", "json");
        Assert.True(screened.Exit == 0, screened.Error);
        var runs = CliRunner.Run("records", "list", store, "--format", "csv");
        Assert.True(runs.Exit == 0, runs.Error);
        var runId = runs.Out.Split('\n')[1].Split(',')[0];
        return new Inputs(rubric, dossier, store, runId);
    }

    /// <summary>A valid value for a required option or argument; a new one needs its entry here.</summary>
    public string Required(string name) =>
        ValidValue(name) ?? throw new InvalidOperationException($"No valid value known for '{name}': add one to {nameof(Inputs)}.{nameof(ValidValue)}.");

    public string? ValidValue(string name) => name switch
    {
        "--rubric" or "files" or "rubrics" or "file" or "old" or "new" => Rubric,
        "--dossiers" or "--dossier" => Dossier,
        "store" => Store,
        "record" => "1",
        "--run" => RunId,
        "--out" => Path.Combine(TestRoot.NewFolder(), "out.json"),
        "--to" => "yaml",
        _ => null,
    };
}
