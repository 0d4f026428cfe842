using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

internal sealed partial class ExplanationData
{
    private ScriptObject Criterion(CriterionResult result)
    {
        var declared = rubric.Criterion(result.Name);
        var explanation = labels.Text(declared?.Explanation);
        return ScriptData.Object(
            ("name", result.Name),
            ("title", CriterionTitle(result.Name)),
            ("is_gate", result.IsGate),
            ("kind", result.IsGate ? labels.Words.Gate : labels.Words.Criterion),
            ("applicable", result.Applicable),
            ("is_decisive", Decisive.Contains(result.Name)),
            ("verdict", result.VerdictWord),
            ("verdict_label", labels.Words.Verdict(result.VerdictWord)),
            ("condition", result.Condition),
            ("thresholds", ScriptData.Strings(result.Thresholds)),
            ("values", ScriptData.Array(result.Values, UsedValue)),
            ("comparisons", Comparisons(result)),
            ("citation", result.Citation),
            ("explanation", explanation is null ? null : _placeholders.Fill(explanation, result.Values)));
    }

    private ScriptObject UsedValue(UsedValue value) => ScriptData.Object(
        ("name", value.Name),
        ("title", InputTitle(value.Name)),
        ("value", value.Value),
        ("display", _placeholders.Display(value)),
        ("unit", value.Unit),
        ("evidence", ScriptData.Strings(value.Evidence)),
        ("evidence_text", string.Join(", ", value.Evidence)),
        ("status", value.Status),
        ("status_label", value.Status is null ? null : labels.Words.Reason(value.Status)),
        ("is_missing", value.Value is null));

    /// <summary>The criteria that apply to the dossier, those that decided the outcome first, then in declaration order.</summary>
    private IEnumerable<CriterionResult> AppliedCriteria()
    {
        var folded = FoldedReasons();
        return decision.Criteria.Where(c => !folded.ContainsKey(c.Name)).OrderBy(c => Decisive.Contains(c.Name) ? 0 : 1);
    }

    private IEnumerable<CriterionResult> NotApplicable()
    {
        var folded = FoldedReasons();
        return decision.Criteria.Where(c => folded.ContainsKey(c.Name));
    }

    private ScriptObject NotApplicableCriterion(CriterionResult result) => ScriptData.Object(
        ("name", result.Name),
        ("title", CriterionTitle(result.Name)),
        ("kind", result.IsGate ? labels.Words.Gate : labels.Words.Criterion),
        ("verdict", result.VerdictWord),
        ("verdict_label", labels.Words.Verdict(result.VerdictWord)),
        ("condition", result.Condition),
        ("citation", result.Citation),
        ("why", FoldedReasons()[result.Name]));
}
