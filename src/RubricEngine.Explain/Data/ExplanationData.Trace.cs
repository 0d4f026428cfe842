using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

internal sealed partial class ExplanationData
{
    private ScriptObject Step(TraceStep step) => ScriptData.Object(
        ("step", step.Step),
        ("rule", step.Rule),
        ("result", step.Result),
        ("result_label", labels.Words.Verdict(step.Result)),
        ("value", step.Value),
        ("conditions", ScriptData.Array(step.Conditions, Condition)));

    private ScriptObject Condition(TraceCondition condition) => ScriptData.Object(
        ("condition", condition.Condition),
        ("result", condition.Result),
        ("result_label", labels.Words.Verdict(condition.Result)),
        ("values", condition.Values));
}
