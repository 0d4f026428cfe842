using RubricEngine.Explain.Localization;
using RubricEngine.Explain.Templates;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

/// <summary>
/// The batch report: each decision's HTML explanation is rendered as a section (not a whole page) and the
/// report template lays out the ranked table and the sections, linked by <c>#dossier-RANK</c> anchors.
/// </summary>
internal static class BatchReport
{
    public static string Render(Rubric rubric, IReadOnlyList<Decision> ranked, Labels labels)
    {
        var explanation = Required(TemplateCatalog.ExplanationName(labels.Language, ExplanationFormat.Html));
        var rows = ranked.Select((decision, index) => Row(rubric, decision, index + 1, labels, explanation)).ToList();
        var data = ScriptData.Object(
            ("language", labels.Language),
            ("rubric", RubricData(rubric, ranked, labels)),
            ("counts", Counts(rubric, ranked, labels)),
            ("rows", ScriptData.Array(rows, r => r)));
        var report = Required(TemplateCatalog.ReportName(labels.Language));
        return Unwrap(report.Render(data, SandboxLimits.Report(ranked.Count)));
    }

    private static ScriptObject Row(Rubric rubric, Decision decision, int rank, Labels labels, TemplateSandbox explanation)
    {
        var data = ExplanationData.Build(rubric, decision, null, labels, standalone: false);
        var section = Unwrap(explanation.Render(data, SandboxLimits.Explanation));
        return ScriptData.Object(
            ("rank", rank),
            ("anchor", $"dossier-{rank}"),
            ("dossier_id", decision.DossierId),
            ("outcome", decision.Outcome),
            ("outcome_title", ExplanationData.OutcomeTitle(rubric, decision.Outcome, labels)),
            ("is_insufficient_evidence", decision.IsInsufficientEvidence),
            ("score", decision.Score is null ? null : Numbers.Readable(decision.Score.Value) ?? labels.Words.UnknownScore),
            ("missing_count", decision.Missing.Count),

            // Our own template's output, with every datum already escaped; the report inserts it as is.
            ("explanation_html", section));
    }

    private static ScriptObject RubricData(Rubric rubric, IReadOnlyList<Decision> ranked, Labels labels) => ScriptData.Object(
        ("id", rubric.Metadata.Id),
        ("version", rubric.Metadata.Version),
        ("hash", ranked.Count > 0 ? ranked[0].Rubric.Hash : null),
        ("title", labels.Of(rubric.Metadata.Title, rubric.Metadata.Id)),
        ("has_score", rubric.Score is not null));

    private static ScriptArray Counts(Rubric rubric, IReadOnlyList<Decision> ranked, Labels labels)
    {
        var outcomes = rubric.Outcomes.Select(o => o.Name).Append(Rubric.InsufficientEvidence);
        return ScriptData.Array(outcomes, outcome => ScriptData.Object(
            ("outcome", outcome),
            ("title", ExplanationData.OutcomeTitle(rubric, outcome, labels)),
            ("count", ranked.Count(d => d.Outcome == outcome))));
    }

    private static TemplateSandbox Required(string name) =>
        TemplateCatalog.Parse(name) ?? throw new InvalidOperationException($"The built-in template '{name}' is not embedded.");

    // The built-in templates are ours: a failure is a bug, not a user error.
    private static string Unwrap(Model.Diagnostics.Result<string> result) =>
        result.Value ?? throw new InvalidOperationException("A built-in template failed: " + string.Join("; ", result.Diagnostics));
}
