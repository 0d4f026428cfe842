using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Engine;

/// <summary>Turns a rule's matched facts into a seeded evaluation, so the action computes with exactly what the rule matched.</summary>
internal static class MatchSeeder
{
    public static DossierEvaluation Seed(RubricPlan plan, IReadOnlyList<object?> entries, SessionState state)
    {
        var dossier = (DossierFact)entries[0]!;
        MatchedCohort? cohort = null;
        for (var i = 1; i < entries.Count; i++)
        {
            switch (entries[i])
            {
                case CohortStatsFact stats:
                    (cohort ??= new MatchedCohort(plan)).Add(stats);
                    break;
                case SubjectFact subject:
                    (cohort ??= new MatchedCohort(plan)).Add(subject);
                    break;
            }
        }

        var evaluation = state.Evaluation ??= new DossierEvaluation(plan, dossier.Model, cohort, dossier.Key, state.Tracing) { SeededOnly = true };
        evaluation.Reset(dossier.Model, cohort, dossier.Key);
        for (var i = 1; i < entries.Count; i++)
        {
            Seed(evaluation, entries[i]);
        }

        return evaluation;
    }

    public static void SeedFacts(DossierEvaluation evaluation, IEnumerable<object?> facts)
    {
        foreach (var fact in facts)
        {
            Seed(evaluation, fact);
        }
    }

    private static void Seed(DossierEvaluation evaluation, object? fact)
    {
        var plan = evaluation.Plan;
        switch (fact)
        {
            case InputFact f: evaluation.SeedInput(plan.Inputs[f.Name], f.Input); break;
            case DerivedFact f: evaluation.SeedDerived(plan.Derived[f.Name], f.Value); break;
            case VerdictFact f: evaluation.SeedVerdict(plan.Criteria[f.Name], f.Verdict); break;
            case IndicatorFact f: evaluation.SeedIndicator(plan.Indicators[f.Name], f.Score); break;
            case GroupFact f: evaluation.SeedGroup(plan.Groups[f.Name], f.Subtotal); break;
            case ScoreFact f: evaluation.SeedScore(f.Score); break;
            case TierFact f: evaluation.SeedTier(int.Parse(f.Name, System.Globalization.CultureInfo.InvariantCulture), f.Truth); break;
        }
    }
}
