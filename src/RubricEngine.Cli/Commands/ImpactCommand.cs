using System.CommandLine;
using RubricEngine.Authoring.Impact;
using RubricEngine.Cli.Arguments;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric impact OLD NEW --dossiers PATH... [--format table|json|csv|html] [--lang en|zh] [--out FILE] [--threads N]</c>:
/// screens the dossiers under both versions, prints the transition matrix of outcomes and every dossier whose
/// outcome or score changed, with the edits that cause it (each edit re-screened alone). Exit 0, or 1 when a
/// version does not check; dossiers that fail under a version are counted as <c>failed</c>, not dropped.
/// </summary>
internal static class ImpactCommand
{
    public static Command Create(CliConsole console)
    {
        var old = new Argument<string>("old") { Description = console.Usage.Of("The old version (.rubric, .yaml).", "旧版本（.rubric、.yaml）。") };
        var @new = new Argument<string>("new") { Description = console.Usage.Of("The new version (.rubric, .yaml).", "新版本（.rubric、.yaml）。") };
        var dossiers = new Option<string[]>("--dossiers")
        {
            Description = console.Usage.Of("Dossier files (.yaml, .yml, .json, .jsonl, .csv, .xlsx) or folders of them.", "材料文件（.yaml、.yml、.json、.jsonl、.csv、.xlsx）或其所在文件夹。"),
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        dossiers.Validators.Add(CliOptions.DossierPathsCheck(console.Usage));
        var format = new Option<string>("--format") { Description = console.Usage.Of("table, json, csv or html.", "table、json、csv 或 html。"), DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "html");
        var language = LanguageOption.Create(console.Usage);
        var output = CliOptions.OutputFile(console.Usage.Of("Write the report to this file instead of standard output.", "把报告写入此文件而不是标准输出。"), console.Usage);
        var threads = CliOptions.Threads(console.Usage);
        var command = new Command("impact", console.Usage.Of("Show what a revision of a rubric does to a portfolio: outcome transitions and, per changed dossier, the edit that causes it.", "显示评分标准的一次修订对一组材料的影响：结果的转变，以及每份改变的材料是由哪处修改引起的。"))
        {
            old, @new, dossiers, format, language, output, threads,
        };
        command.SetAction(parsed => Run(
            console, parsed.GetValue(old)!, parsed.GetValue(@new)!, parsed.GetValue(dossiers) ?? [], parsed.GetValue(format)!,
            parsed.GetValue(language)!, parsed.GetValue(output), parsed.GetValue(threads)));
        return command;
    }

    private static int Run(CliConsole console, string oldPath, string newPath, string[] dossiers, string format, string language, string? output, int threads)
    {
        if (dossiers.Contains(CliOptions.StandardInput))
        {
            console.Error.WriteLine(console.Usage.ImpactReadsNoStandardInput);
            return ExitCodes.Usage;
        }

        var old = RubricInputs.LoadRubric(console, oldPath);
        var @new = RubricInputs.LoadRubric(console, newPath);
        if (old is null || @new is null)
        {
            return ExitCodes.InputErrors;
        }

        var report = ImpactAnalysis.Run(oldPath, old, newPath, @new, dossiers, threads);
        var text = format switch
        {
            "json" => ImpactFormats.Json(report),
            "csv" => ImpactFormats.Csv(report),
            "html" => ImpactHtml.Render(report, language),
            _ => ImpactFormats.Table(report, language),
        };
        if (output is null)
        {
            console.Out.Write(text);
        }
        else
        {
            File.WriteAllText(output, text);
        }

        console.Error.WriteLine(ImpactFormats.SummaryLine(report, language));
        return ExitCodes.Success;
    }
}
