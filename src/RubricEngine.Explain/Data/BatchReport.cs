using System.Collections;
using RubricEngine.Explain.Localization;
using RubricEngine.Explain.Templates;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

/// <summary>
/// The batch report: each decision's HTML explanation is rendered as a section (not a whole page) when the
/// decision arrives; at write time one pass over the ranked rows writes each row's explanation page
/// (<c>report-page.LANG.html</c> around the section) while the index template (<c>report.LANG.html</c>)
/// streams the ranked table, so no template model of the whole batch is ever built.
/// </summary>
internal static class BatchReport
{
    public sealed record Summary(string? Hash, int Rows, IReadOnlyDictionary<string, int> Counts);

    public static BatchReportRow Prepare(Rubric rubric, Decision decision, Labels labels)
    {
        var explanation = Required(TemplateCatalog.ExplanationName(labels.Language, ExplanationFormat.Html));
        var data = ExplanationData.Build(rubric, decision, null, labels, standalone: false);
        var section = Unwrap(explanation.Render(data, SandboxLimits.Explanation, OutputEscaping.Html));
        var score = decision.Score is null ? null : Numbers.Readable(decision.Score.Value, Numbers.PrecisionOf(rubric)) ?? labels.Words.UnknownScore;
        return new BatchReportRow(decision.DossierId, decision.Outcome, score, Numbers.Text(decision.Score?.Value), decision.Missing.Count, section);
    }

    public static void Write(Func<string, TextWriter> createFile, Rubric rubric, Labels labels, Summary summary, IEnumerable<BatchReportRow> ranked)
    {
        // The stylesheet and script are copied as they are: they hold no data.
        foreach (var asset in new[] { BatchReportPaths.Stylesheet, BatchReportPaths.Script })
        {
            using var file = createFile(asset);
            file.Write(TemplateCatalog.Find("templates/" + asset)?.Text ?? throw new InvalidOperationException($"The built-in '{asset}' is not embedded."));
        }

        var rubricData = RubricData(rubric, summary, labels);
        var page = Required(TemplateCatalog.ReportPageName(labels.Language));
        var rows = ranked.Select((row, index) =>
        {
            // The index loop drives the pass: each row's page is written as its table row is.
            var rank = index + 1;
            WritePage(createFile, page, rubricData, summary, row, rank, labels);
            return Row(rubric, row, rank, labels);
        });
        var data = ScriptData.Object(
            ("language", labels.Language),
            ("rubric", rubricData),
            ("stylesheet", BatchReportPaths.Stylesheet),
            ("script", BatchReportPaths.Script),
            ("counts", Counts(rubric, summary, labels)),
            ("row_count", summary.Rows),
            ("rows", new LazyRows(() => rows)));
        using var index = createFile(BatchReportPaths.Index);
        Check(Required(TemplateCatalog.ReportName(labels.Language)).RenderTo(index, data, SandboxLimits.Report(summary.Rows), OutputEscaping.Html));
    }

    private static void WritePage(Func<string, TextWriter> createFile, TemplateSandbox page, ScriptObject rubricData, Summary summary, BatchReportRow row, int rank, Labels labels)
    {
        var data = ScriptData.Object(
            ("language", labels.Language),
            ("rubric", rubricData),
            ("stylesheet", BatchReportPaths.FromPage(BatchReportPaths.Stylesheet)),
            ("rank", rank),
            ("row_count", summary.Rows),
            ("dossier_id", row.DossierId),
            ("index", BatchReportPaths.FromPage(BatchReportPaths.Index) + "#" + BatchReportPaths.RowAnchor(rank)),
            ("previous", rank > 1 ? BatchReportPaths.FromPage(BatchReportPaths.Page(rank - 1)) : null),
            ("next", rank < summary.Rows ? BatchReportPaths.FromPage(BatchReportPaths.Page(rank + 1)) : null),

            // Our own template's output, with every datum already escaped; the page inserts it as is.
            ("explanation_html", new TrustedText(row.ExplanationHtml)));
        using var file = createFile(BatchReportPaths.Page(rank));
        Check(page.RenderTo(file, data, SandboxLimits.Explanation with { OutputLimit = 0 }, OutputEscaping.Html));
    }

    private static ScriptObject Row(Rubric rubric, BatchReportRow row, int rank, Labels labels) => ScriptData.Object(
        ("rank", rank),
        ("anchor", BatchReportPaths.RowAnchor(rank)),
        ("page", BatchReportPaths.Page(rank)),
        ("dossier_id", row.DossierId),
        ("outcome", row.Outcome),
        ("outcome_order", OutcomeOrder(rubric, row.Outcome)),
        ("outcome_title", ExplanationData.OutcomeTitle(rubric, row.Outcome, labels)),
        ("is_insufficient_evidence", row.Outcome == Rubric.InsufficientEvidence),
        ("score", row.Score),
        ("score_value", row.ScoreValue),
        ("missing_count", row.MissingCount));

    private static ScriptObject RubricData(Rubric rubric, Summary summary, Labels labels) => ScriptData.Object(
        ("id", rubric.Metadata.Id),
        ("version", rubric.Metadata.Version),
        ("hash", summary.Hash),
        ("title", labels.Of(rubric.Metadata.Title, rubric.Metadata.Id)),
        ("has_score", rubric.Score is not null));

    private static IEnumerable<string> Outcomes(Rubric rubric) => rubric.Outcomes.Select(o => o.Name).Append(Rubric.InsufficientEvidence);

    // The outcome's place in the rubric (insufficient evidence last): what sorting by outcome orders by.
    private static int OutcomeOrder(Rubric rubric, string outcome) => Outcomes(rubric).TakeWhile(o => o != outcome).Count() + 1;

    private static ScriptArray Counts(Rubric rubric, Summary summary, Labels labels) =>
        ScriptData.Array(Outcomes(rubric), outcome => ScriptData.Object(
            ("outcome", outcome),
            ("title", ExplanationData.OutcomeTitle(rubric, outcome, labels)),
            ("count", summary.Counts.GetValueOrDefault(outcome))));

    private static TemplateSandbox Required(string name) =>
        TemplateCatalog.Parse(name) ?? throw new InvalidOperationException($"The built-in template '{name}' is not embedded.");

    // The built-in templates are ours: a failure is a bug, not a user error.
    private static string Unwrap(Model.Diagnostics.Result<string> result) =>
        result.Value ?? throw new InvalidOperationException("A built-in template failed: " + string.Join("; ", result.Diagnostics));

    private static void Check(System.Collections.Immutable.ImmutableArray<Model.Diagnostics.Diagnostic> errors)
    {
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException("A built-in report template failed: " + string.Join("; ", errors));
        }
    }
}

/// <summary>Rows a template loops over without their being held: each loop reads them afresh, one at a time.</summary>
internal sealed class LazyRows(Func<IEnumerable<ScriptObject>> rows) : IEnumerable
{
    public IEnumerator GetEnumerator() => rows().GetEnumerator();
}
