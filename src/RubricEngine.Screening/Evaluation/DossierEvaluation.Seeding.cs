using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// Seeding: the rule engine computes each declaration in its own rule and hands the results of the
/// dependencies in as facts. A seeded evaluation uses those values and never computes a declaration itself,
/// so a missing dependency is a compiler bug, reported loudly instead of silently recomputed.
/// </summary>
internal sealed partial class DossierEvaluation
{
    /// <summary>True when every declaration must have been seeded.</summary>
    public bool SeededOnly { get; init; }

    public void SeedInput(int index, ResolvedInput input) => _inputs[index] = input;

    public void SeedDerived(int index, Value? value) => _derived[index].Set(value);

    public void SeedVerdict(int index, Truth verdict) => _verdicts[index].Set(verdict);

    public void SeedIndicator(int index, decimal? score) => _indicators[index].Set(score);

    public void SeedGroup(int index, decimal? subtotal) => _groups[index].Set(subtotal);

    public void SeedScore(decimal? score) => _score.Set(score);

    private Truth[]? _tiers;

    /// <summary>
    /// Empties the evaluation for another dossier or another rule firing. The rule engine reuses one seeded
    /// evaluation per session: a Yeda dossier fires some thirty rules, and allocating one per firing showed in profiles.
    /// </summary>
    public void Reset(Dossier dossier, ICohortValues? cohort, int position)
    {
        Dossier = dossier;
        Cohort = cohort;
        CohortPosition = position;
        Array.Clear(_inputs);
        Array.Clear(_derived);
        Array.Clear(_verdicts);
        Array.Clear(_indicators);
        Array.Clear(_groups);
        _score = default;
        _tiers = null;
        Trace?.Clear();
        _evaluator.ClearConditions();
    }

    public void SeedTier(int index, Truth truth) => (_tiers ??= new Truth[Plan.Rubric.Classification.Tiers.Count])[index] = truth;

    /// <summary>A tier's truth, as the tier rule found it.</summary>
    public Truth TierTruth(int index) =>
        _tiers is { } tiers ? tiers[index] : throw new InvalidOperationException("The rules did not provide the tiers.");

    private void EnsureComputable(string what)
    {
        if (SeededOnly)
        {
            throw new InvalidOperationException($"The rules did not provide {what}: a rule is missing a dependency.");
        }
    }
}
