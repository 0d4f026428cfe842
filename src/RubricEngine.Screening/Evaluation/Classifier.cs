using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// The rubric's classification. A gate not met gives the fallback (a definite failure outranks missing
/// data); otherwise an unknown gate gives insufficient evidence. Then the first tier met wins, unless an
/// earlier tier is unknown (it might have applied): that is insufficient evidence. No tier met: the fallback.
/// </summary>
internal static class Classifier
{
    /// <summary>Classifies in the direct engine, evaluating tiers lazily and tracing each.</summary>
    public static (string Outcome, string Reason) Classify(DossierEvaluation evaluation)
    {
        var tiers = evaluation.Plan.Rubric.Classification.Tiers;
        var mark = evaluation.ConditionMark;
        var (outcome, reason) = Decide(evaluation.Plan.Rubric, evaluation.Applies, evaluation.Verdict, i =>
        {
            var mark = evaluation.ConditionMark;
            var truth = ExprEvaluator.ToTruth(evaluation.Evaluate(tiers[i].Condition));
            evaluation.Record($"tier:{tiers[i].Outcome}", truth.ToWord(), null, mark);
            return truth;
        });
        evaluation.Record("classification", outcome, reason, mark);
        return (outcome, reason);
    }

    /// <summary>The outcome and its reason, from gate applicability, verdicts and tier truths.</summary>
    public static (string Outcome, string Reason) Decide(Rubric rubric, Func<int, bool?> applies, Func<int, Truth> verdict, Func<int, Truth> tier)
    {
        var fallback = rubric.Classification.Fallback;
        string? unknownGate = null;
        for (var i = 0; i < rubric.Criteria.Count; i++)
        {
            var gate = rubric.Criteria[i];
            if (gate.Kind != CriterionKind.Gate || applies(i) == false)
            {
                continue;
            }

            switch (verdict(i))
            {
                case Truth.NotMet:
                    return (fallback, $"gate '{gate.Name}' is not met");
                case Truth.Unknown:
                    unknownGate ??= gate.Name;
                    break;
            }
        }

        if (unknownGate is not null)
        {
            return (Rubric.InsufficientEvidence, $"gate '{unknownGate}' is unknown");
        }

        for (var i = 0; i < rubric.Classification.Tiers.Count; i++)
        {
            var outcome = rubric.Classification.Tiers[i].Outcome;
            switch (tier(i))
            {
                case Truth.Met:
                    return (outcome, $"tier '{outcome}' is met");
                case Truth.Unknown:
                    return (Rubric.InsufficientEvidence, $"tier '{outcome}' is unknown");
            }
        }

        return (fallback, "no tier is met");
    }
}
