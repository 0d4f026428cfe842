using System.CommandLine;
using RubricEngine.Cli.Arguments;
using RubricEngine.Explain;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric explain --rubric R --dossier FILE [--id ID] [--lang en|zh] [--format md|html|txt] [--template FILE]</c>:
/// renders one decision's explanation. A file with several dossiers is screened as a whole (a cohort rubric
/// needs its cohort), and <c>--id</c> picks the dossier to explain.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var rubric = new Option<string>("--rubric") { Description = console.Usage.Of("The rubric (.rubric, .yaml).", "评分标准（.rubric、.yaml）。"), Required = true };
        var dossier = new Option<string>("--dossier") { Description = console.Usage.Of("A dossier file (.yaml, .yml, .json, .csv).", "一个材料文件（.yaml、.yml、.json、.csv）。"), Required = true };
        var id = new Option<string?>("--id") { Description = console.Usage.Of("The dossier to explain when the file holds several.", "文件含多份材料时要解释的那一份。") };
        var language = LanguageOption.Create(console.Usage);
        var format = new Option<string>("--format") { Description = console.Usage.Of("md, html, txt, or json (the decision JSON; with --sensitivity, a sensitivity field added).", "md、html、txt 或 json（决定的 JSON；与 --sensitivity 同用时加上 sensitivity 字段）。"), DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html", "txt", "json");
        var template = new Option<string?>("--template") { Description = console.Usage.Of("A Scriban template to render with instead of the built-in one.", "用于渲染的 Scriban 模板，代替内置模板。") };
        var sensitivity = new Option<bool>("--sensitivity") { Description = console.Usage.Of("Also show how far the decision is from changing: margins to thresholds, indicator scores and weights that change the outcome.", "同时显示决定离改变还有多远：距阈值的余量，以及会改变结果的指标得分和权重。") };
        var weightStep = CliOptions.WeightStep(console.Usage);
        var command = new Command("explain", console.Usage.Of("Explain the decision for one dossier, in English or Chinese.", "用英文或中文解释一份材料的决定。"))
        {
            rubric, dossier, id, language, format, template, sensitivity, weightStep,
        };
        command.SetAction(parsed => Run(
            console,
            parsed.GetValue(rubric)!,
            parsed.GetValue(dossier)!,
            parsed.GetValue(id),
            parsed.GetValue(language)!,
            parsed.GetValue(format)!,
            parsed.GetValue(template),
            parsed.GetValue(sensitivity) ? parsed.GetValue(weightStep) : null));
        return command;
    }

    private static int Run(
        CliConsole console, string rubricPath, string dossierPath, string? id, string language, string format, string? templatePath, decimal? weightStep)
    {
        console = console.WithLanguage(language);
        var rubric = RubricInputs.LoadRubric(console, rubricPath);
        if (rubric is null)
        {
            return ExitCodes.InputErrors;
        }

        var screener = RubricInputs.CreateScreener(rubric);
        var batch = screener.ScreenAll(RubricInputs.CreateReader(screener).Read([dossierPath]));
        var decisions = batch.Decisions.ToList();
        var chosen = id is null ? (decisions.Count == 1 ? decisions[0] : null) : decisions.FirstOrDefault(d => d.DossierId == id);
        if (chosen is null)
        {
            var sourceDiagnostics = batch.Items.SelectMany(i => i.Source.Diagnostics).ToList();
            console.Report(sourceDiagnostics);
            if (id is null && decisions.Count == 0 && sourceDiagnostics.Any(d => d.IsError))
            {
                // Every dossier failed and its errors say why; "choose one with --id" would send the reader the wrong way.
                return ExitCodes.InputErrors;
            }

            object ids = decisions.Count == 0 ? DiagnosticPhrases.NoneFound : string.Join(", ", decisions.Select(d => d.DossierId));
            var file = Model.Text.SourceSpan.At(dossierPath, 0, 0);
            console.Report([id is null
                ? Diagnostic.Create(DiagnosticCatalog.DossierToExplainNotChosen, file, decisions.Count, ids)
                : Diagnostic.Create(DiagnosticCatalog.DossierToExplainNotFound, file, id, ids)]);
            return ExitCodes.InputErrors;
        }

        var dossier = batch.Items.First(i => ReferenceEquals(i.Decision, chosen)).Source.Dossier;
        if (format == "json")
        {
            // The decision JSON as screen writes it; the sensitivity field only when asked, so its bytes are otherwise unchanged.
            var json = Screening.Decisions.DecisionJson.Serialize(chosen);
            console.Out.Write(weightStep is { } jsonStep && dossier is not null
                ? Authoring.Sensitivity.SensitivityJson.AddTo(json, Authoring.Sensitivity.SensitivityAnalysis.Analyse(rubric, dossier, chosen, jsonStep))
                : json);
            console.Out.Write('\n');
            return ExitCodes.Success;
        }

        var rendered = templatePath is null
            ? ExplanationRenderer.Render(rubric, chosen, language, ParseFormat(format), dossier)
            : RenderCustom(rubric, chosen, language, templatePath, dossier);
        console.Report(rendered.Diagnostics);
        if (!rendered.Succeeded)
        {
            return ExitCodes.InputErrors;
        }

        console.Out.Write(rendered.Value);
        if (weightStep is { } step && dossier is not null)
        {
            // Plain text, which reads the same in Markdown; escaped in a block of its own after an HTML page.
            var text = Authoring.Sensitivity.SensitivityText.Format(Authoring.Sensitivity.SensitivityAnalysis.Analyse(rubric, dossier, chosen, step), rubric, language);
            console.Out.Write(format == "html" ? $"\n<pre class=\"sensitivity\">{System.Net.WebUtility.HtmlEncode(text)}</pre>\n" : "\n" + text);
        }

        return ExitCodes.Success;
    }

    private static Result<string> RenderCustom(
        Model.Rubrics.Rubric rubric, Screening.Decisions.Decision decision, string language, string templatePath, Model.Dossiers.Dossier? dossier)
    {
        if (!File.Exists(templatePath))
        {
            var missing = Diagnostic.Create(DiagnosticCatalog.FileNotFound, Model.Text.SourceSpan.At(templatePath, 0, 0), templatePath);
            return new Result<string>(null, [missing]);
        }

        return ExplanationRenderer.RenderCustom(rubric, decision, language, templatePath, File.ReadAllText(templatePath), dossier);
    }

    private static ExplanationFormat ParseFormat(string format) => format switch
    {
        "html" => ExplanationFormat.Html,
        "txt" => ExplanationFormat.Text,
        _ => ExplanationFormat.Markdown,
    };
}
