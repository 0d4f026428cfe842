using RubricEngine.Explain.Localization;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

/// <summary>
/// Turns a rubric and one of its decisions into the plain data an explanation template reads, with labels
/// in the wanted language. The variables are listed in <c>docs/templates.md</c>.
/// </summary>
internal sealed partial class ExplanationData(Rubric rubric, Decision decision, Dossier? dossier, Labels labels)
{
    private readonly int _precision = Numbers.PrecisionOf(rubric);
    private PlaceholderValues? _placeholderValues;
    private HashSet<string>? _decisive;

    private PlaceholderValues _placeholders => _placeholderValues ??= PlaceholderValues.For(decision, labels.Words, _precision);

    /// <summary>
    /// The template's global variables. <paramref name="dossier"/>, when given, supplies the documents behind
    /// evidence ids; <paramref name="standalone"/> asks HTML templates for a whole page.
    /// </summary>
    public static ScriptObject Build(Rubric rubric, Decision decision, Dossier? dossier, Labels labels, bool standalone) =>
        new ExplanationData(rubric, decision, dossier, labels).Build(standalone);

    private ScriptObject Build(bool standalone) => ScriptData.Object(
        ("language", labels.Language),
        ("standalone", standalone),
        ("rubric", Rubric()),
        ("dossier", ScriptData.Object(("id", decision.DossierId), ("hash", decision.DossierHash))),
        ("outcome", Outcome()),
        ("classifications", Classifications()),
        ("notes", Notes()),
        ("score", Score()),
        ("summary", Summary()),
        ("criteria", ScriptData.Array(AppliedCriteria(), Criterion)),
        ("not_applicable", ScriptData.Array(NotApplicable(), NotApplicableCriterion)),
        ("missing", ScriptData.Array(decision.Missing, Missing)),
        ("other_unknown", ScriptData.Array(decision.Unknown.Where(u => !decision.Missing.Contains(u)), Missing)),
        ("conflicts", UnshownConflicts(ComparedNames())),
        ("evidence", Evidence()),
        ("trace", ScriptData.Array(decision.Trace, Step)));

    private ScriptObject Rubric() => ScriptData.Object(
        ("id", decision.Rubric.Id),
        ("version", decision.Rubric.Version),
        ("hash", decision.Rubric.Hash),
        ("title", labels.Of(rubric.Metadata.Title, rubric.Metadata.Id)),
        ("title_is_fallback", labels.IsFallback(rubric.Metadata.Title)),
        ("description", labels.Text(rubric.Metadata.Description)),
        ("source", rubric.Metadata.Source),
        ("citation", rubric.Metadata.Citation));

    private ScriptObject Outcome() => ScriptData.Object(
        ("name", decision.Outcome),
        ("title", OutcomeTitle(rubric, decision.Outcome, labels)),
        ("reason", decision.Reason),
        ("reason_text", ReasonText.Localize(decision.Reason, labels, CriterionTitle, o => OutcomeTitle(rubric, o, labels))),
        ("is_insufficient_evidence", decision.IsInsufficientEvidence));

    /// <summary>The outcome's label; insufficient evidence is ours, not the rubric's, so its words are too.</summary>
    public static string OutcomeTitle(Rubric rubric, string outcome, Labels labels) =>
        outcome == Model.Rubrics.Rubric.InsufficientEvidence
            ? labels.Words.InsufficientEvidence
            : labels.Of(rubric.Outcomes.FirstOrDefault(o => o.Name == outcome)?.Title, outcome);

    private ScriptObject Missing(MissingInput missing) => ScriptData.Object(
        ("input", missing.Input),
        ("title", InputTitle(missing.Input)),
        ("reason", missing.Reason),
        ("reason_label", labels.Words.Reason(missing.Reason)),
        ("detail", missing.Detail is null ? null : ScreenerText.Localize(missing.Detail, labels.Words, _precision)));

    private string CriterionTitle(string name) => labels.Of(rubric.Criterion(name)?.Title, name);

    private string InputTitle(string name)
    {
        if (name == "assessment_date")
        {
            return labels.Words.AssessmentDate;
        }

        var input = rubric.Input(name);
        var derived = input is null ? rubric.Derived.FirstOrDefault(d => d.Name == name) : null;
        return labels.Of(input?.Title ?? derived?.Title, name);
    }
}
