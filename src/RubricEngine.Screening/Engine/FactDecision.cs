using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Rete;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Engine;

/// <summary>Reads a dossier's decision out of the session's facts once the rules have fired.</summary>
internal static class FactDecision
{
    /// <summary>
    /// Builds the decision from a dossier's facts. <paramref name="reuse"/>, a seeded-only evaluation without a
    /// trace that the caller keeps for this, saves allocating one per dossier.
    /// </summary>
    public static Decision Build(
        RubricPlan plan, RubricIdentity identity, Dossier dossier, IEnumerable<ScopedFact> facts, ValueArray<TraceStep> trace, DossierEvaluation? reuse = null)
    {
        var evaluation = reuse ?? new DossierEvaluation(plan, dossier, null, 0, recordTrace: false) { SeededOnly = true };
        evaluation.Reset(dossier, null, 0);
        OutcomeFact? outcome = null;
        var list = facts as IReadOnlyList<ScopedFact> ?? facts.ToList();
        MatchSeeder.SeedFacts(evaluation, list);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is OutcomeFact o)
            {
                outcome = o;
            }
        }

        if (outcome is null)
        {
            throw new InvalidOperationException($"The rules reached no classification for dossier '{dossier.Id}'.");
        }

        return DecisionBuilder.Build(evaluation, identity, outcome.Outcome, outcome.Reason, trace);
    }

    /// <summary>The stated facts of a dossier: the dossier and one fact per input (a missing input has no value).</summary>
    public static List<object> StatedFacts(RubricPlan plan, Dossier dossier, int key)
    {
        var facts = new List<object>(plan.Rubric.Inputs.Count + 1) { new DossierFact(key, dossier) };
        foreach (var input in plan.Rubric.Inputs)
        {
            facts.Add(new InputFact(key, input.Name, InputResolver.Resolve(input, dossier)));
        }

        return facts;
    }

    public static IEnumerable<ScopedFact> Of(Session session, int key) => session.Query<ScopedFact>().Where(f => f.Dossier == key);
}
