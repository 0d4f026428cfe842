using RubricEngine.Model.Dossiers;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Evaluation;

/// <summary>Decides dossiers by evaluating the model directly: the fast path, and the reference the rule engine is checked against.</summary>
internal sealed class DirectEngine(RubricPlan plan, RubricIdentity identity, bool recordTrace) : IDecisionEngine
{
    public Decision Screen(Dossier dossier, ICohortValues? cohort, int position)
    {
        var evaluation = new DossierEvaluation(plan, dossier, cohort, position, recordTrace);
        EvaluateAll(evaluation);
        var (outcome, reason) = Classifier.Classify(evaluation);
        return DecisionBuilder.Build(evaluation, identity, outcome, reason, null);
    }

    /// <summary>Evaluates every declaration in declaration order, so the trace order is fixed.</summary>
    internal static void EvaluateAll(DossierEvaluation evaluation)
    {
        var plan = evaluation.Plan;
        for (var i = 0; i < plan.Derived.Count; i++)
        {
            evaluation.Derived(i);
        }

        for (var i = 0; i < plan.Criteria.Count; i++)
        {
            evaluation.Verdict(i);
        }

        for (var i = 0; i < plan.Groups.Count; i++)
        {
            evaluation.GroupSubtotal(i);
        }

        evaluation.Score();
    }
}

/// <summary>Something that decides one dossier at a time; one instance per worker thread.</summary>
internal interface IDecisionEngine
{
    Decision Screen(Dossier dossier, ICohortValues? cohort, int position);
}
