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
        var old = new Argument<string>("old") { Description = console.Usage.Of("The old version (.rubric, .yaml).", "旧版本（.rubric、.yaml）。") };
        var @new = new Argument<string>("new") { Description = console.Usage.Of("The new version (.rubric, .yaml).", "新版本（.rubric、.yaml）。") };
        var format = new Option<string>("--format") { Description = console.Usage.Of("table or json.", "table 或 json。"), DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var language = LanguageOption.Create(console.Usage);
        var command = new Command("diff", console.Usage.Of("Show what changed between two versions of a rubric: inputs, criteria, thresholds, weights, tiers, outcomes, texts.", "显示评分标准两个版本之间的变化：输入、准则、阈值、权重、等级、结果和文本。"))
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
