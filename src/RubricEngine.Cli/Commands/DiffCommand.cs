using System.CommandLine;
using RubricEngine.Authoring.Diff;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric diff OLD NEW [--format table|json] [--lang en|zh]</c>: the semantic diff of two versions of a rubric,
/// in either form (DSL or YAML, mixed), element by element in the rubric's own wording. The table and the
/// diagnostics follow <c>--lang</c>; JSON is data and keeps its English words. Exit 0 whether or not they differ.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var old = new Argument<string>("old") { Description = "The old version (.rubric, .yaml)." };
        var @new = new Argument<string>("new") { Description = "The new version (.rubric, .yaml)." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var language = LanguageOption.Create();
        var command = new Command("diff", "Show what changed between two versions of a rubric: inputs, criteria, thresholds, weights, tiers, outcomes, texts.")
        {
            old, @new, format, language,
        };
        command.SetAction(parsed => Run(console.WithLanguage(parsed.GetValue(language)!), parsed.GetValue(old)!, parsed.GetValue(@new)!, parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliConsole console, string oldPath, string newPath, string format)
    {
        var old = RubricInputs.LoadRubric(console, oldPath);
        var @new = RubricInputs.LoadRubric(console, newPath);
        if (old is null || @new is null)
        {
            return ExitCodes.InputErrors;
        }

        var edits = RubricDiff.Compare(old, @new);
        console.Out.Write(format == "json" ? DiffFormats.Json(oldPath, newPath, edits) : DiffFormats.Table(oldPath, newPath, edits, console.Language));
        return ExitCodes.Success;
    }
}
