using System.Collections;
using RubricEngine.Explain.Localization;
using RubricEngine.Explain.Templates;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

/// <summary>
/// The batch report: each decision's HTML explanation is rendered as a section (not a whole page) when the
/// decision arrives; the report template then streams the ranked table and the sections, linked by
/// <c>#dossier-RANK</c> anchors, row by row, so no template model of the whole batch is ever built.
/// </summary>
internal static class BatchReport
{
    public sealed record Summary(string? Hash, int Rows, IReadOnlyDictionary<string, int> Counts);

    public static BatchReportRow Prepare(Rubric rubric, Decision decision, Labels labels)
    {
        var explanation = Required(TemplateCatalog.ExplanationName(labels.Language, ExplanationFormat.Html));
        var data = ExplanationData.Build(rubric, decision, null, labels, standalone: false);
        var section = Unwrap(explanation.Render(data, SandboxLimits.Explanation, OutputEscaping.Html));
        var score = decision.Score is null ? null : Numbers.Readable(decision.Score.Value) ?? labels.Words.UnknownScore;
        return new BatchReportRow(decision.DossierId, decision.Outcome, score, decision.Missing.Count, section);
    }

    public static void Write(TextWriter output, Rubric rubric, Labels labels, Summary summary, Func<IEnumerable<BatchReportRow>> ranked)
    {
        var data = ScriptData.Object(
            ("language", labels.Language),
            ("rubric", RubricData(rubric, summary, labels)),
            ("counts", Counts(rubric, summary, labels)),
            ("row_count", summary.Rows),
            ("rows", new LazyRows(() => ranked().Select((row, index) => Row(rubric, row, index + 1, labels)))));
        var report = Required(TemplateCatalog.ReportName(labels.Language));
        var errors = report.RenderTo(output, data, SandboxLimits.Report(summary.Rows), OutputEscaping.Html);
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException("The built-in report template failed: " + string.Join("; ", errors));
        }

        output.Flush();
    }

    private static ScriptObject Row(Rubric rubric, BatchReportRow row, int rank, Labels labels) => ScriptData.Object(
        ("rank", rank),
        ("anchor", $"dossier-{rank}"),
        ("dossier_id", row.DossierId),
        ("outcome", row.Outcome),
        ("outcome_title", ExplanationData.OutcomeTitle(rubric, row.Outcome, labels)),
        ("is_insufficient_evidence", row.Outcome == Rubric.InsufficientEvidence),
        ("score", row.Score),
        ("missing_count", row.MissingCount),

        // Our own template's output, with every datum already escaped; the report inserts it as is.
        ("explanation_html", new TrustedText(row.ExplanationHtml)));

    private static ScriptObject RubricData(Rubric rubric, Summary summary, Labels labels) => ScriptData.Object(
        ("id", rubric.Metadata.Id),
        ("version", rubric.Metadata.Version),
        ("hash", summary.Hash),
        ("title", labels.Of(rubric.Metadata.Title, rubric.Metadata.Id)),
        ("has_score", rubric.Score is not null));

    private static ScriptArray Counts(Rubric rubric, Summary summary, Labels labels)
    {
        var outcomes = rubric.Outcomes.Select(o => o.Name).Append(Rubric.InsufficientEvidence);
        return ScriptData.Array(outcomes, outcome => ScriptData.Object(
            ("outcome", outcome),
            ("title", ExplanationData.OutcomeTitle(rubric, outcome, labels)),
            ("count", summary.Counts.GetValueOrDefault(outcome))));
    }

    private static TemplateSandbox Required(string name) =>
        TemplateCatalog.Parse(name) ?? throw new InvalidOperationException($"The built-in template '{name}' is not embedded.");

    // The built-in templates are ours: a failure is a bug, not a user error.
    private static string Unwrap(Model.Diagnostics.Result<string> result) =>
        result.Value ?? throw new InvalidOperationException("A built-in template failed: " + string.Join("; ", result.Diagnostics));
}

/// <summary>Rows a template loops over without their being held: each loop reads them afresh, one at a time.</summary>
internal sealed class LazyRows(Func<IEnumerable<ScriptObject>> rows) : IEnumerable
{
    public IEnumerator GetEnumerator() => rows().GetEnumerator();
}
