using RubricEngine.Explain.Localization;
using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

internal sealed partial class ExplanationData
{
    private ScriptObject Step(TraceStep step) => ScriptData.Object(
        ("step", step.Step),
        ("rule", step.Rule),
        ("rule_label", labels.Words.Rule(step.Rule)),
        ("result", step.Result),
        ("result_label", StepResultLabel(step.Result)),
        ("value", step.Value is null ? null : ScreenerText.Localize(step.Value, labels.Words, _precision)),
        ("conditions", ScriptData.Array(step.Conditions, Condition)));

    // A step concludes a verdict word, a number, or (for tiers) an outcome; outcomes get their labels.
    private string StepResultLabel(string result) =>
        result == Model.Rubrics.Rubric.InsufficientEvidence || rubric.Outcomes.Any(o => o.Name == result)
            ? OutcomeTitle(rubric, result, labels)
            : labels.Words.Verdict(result);

    private ScriptObject Condition(TraceCondition condition) => ScriptData.Object(
        ("condition", condition.Condition),
        ("result", condition.Result),
        ("result_label", labels.Words.Verdict(condition.Result)),
        ("values", ScreenerText.Localize(condition.Values, labels.Words, _precision)));
}
