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
    public static (string Outcome, string Reason) Classify(DossierEvaluation evaluation)
    {
        var (outcome, reason) = Decide(evaluation);
        evaluation.Record("classification", outcome, reason);
        return (outcome, reason);
    }

    private static (string Outcome, string Reason) Decide(DossierEvaluation evaluation)
    {
        var rubric = evaluation.Plan.Rubric;
        var fallback = rubric.Classification.Fallback;
        string? unknownGate = null;
        for (var i = 0; i < rubric.Criteria.Count; i++)
        {
            var gate = rubric.Criteria[i];
            if (gate.Kind != CriterionKind.Gate || evaluation.Applies(i) == false)
            {
                continue;
            }

            switch (evaluation.Verdict(i))
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

        foreach (var tier in rubric.Classification.Tiers)
        {
            var truth = ExprEvaluator.ToTruth(evaluation.Evaluate(tier.Condition));
            evaluation.Record($"tier:{tier.Outcome}", truth.ToWord(), null);
            switch (truth)
            {
                case Truth.Met:
                    return (tier.Outcome, $"tier '{tier.Outcome}' is met");
                case Truth.Unknown:
                    return (Rubric.InsufficientEvidence, $"tier '{tier.Outcome}' is unknown");
            }
        }

        return (fallback, "no tier is met");
    }
}
