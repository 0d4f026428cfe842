using System.CommandLine;
using RubricEngine.Language;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric replay DB [--run ID] [--dossier ID]</c>: re-screens recorded decisions from the stored rubric and
/// dossiers and compares them byte for byte with what was recorded. Exit 1 on any difference.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create(CliConsole output)
    {
        var store = RecordsCommand.StoreArgument(output.Usage);
        var run = new Option<string?>("--run") { Description = output.Usage.Of("Replay only this run.", "只重放这次运行。") };
        var dossier = new Option<string?>("--dossier") { Description = output.Usage.Of("Replay only this dossier's decisions.", "只重放这份材料的决定。") };
        var language = LanguageOption.Create(output.Usage);
        var command = new Command("replay", output.Usage.Of("Re-screen recorded decisions from the stored rubric and dossiers and compare them byte for byte.", "用存储的评分标准和材料重新筛选已记录的决定，并逐字节比较。"))
        {
            store, run, dossier, language,
        };
        command.SetAction(parsed =>
        {
            var console = output.WithLanguage(parsed.GetValue(language)!);
            using var opened = RecordsCommand.OpenExisting(console, parsed.GetValue(store)!);
            if (opened is null)
            {
                return ExitCodes.InputErrors;
            }

            var replayed = opened.Replay(RubricLoader.LoadText, parsed.GetValue(run), parsed.GetValue(dossier), RubricInputs.EngineOptions);
            console.Report(replayed.Errors);
            if (!replayed.Succeeded)
            {
                return ExitCodes.InputErrors;
            }

            var report = replayed.Value!;
            console.Report(report.Findings);
            console.Out.WriteLine(RecordsCommand.Format(RecordWords.For(parsed.GetValue(language)).Replayed, report.Replayed, report.Identical, report.Replayed - report.Identical));
            return report.AllIdentical ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        return command;
    }
}
