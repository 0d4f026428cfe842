using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Batch;

/// <summary>
/// The order a financier reads a batch in: best outcome first (the rubric's tiers in order, then its
/// fallback, then insufficient evidence), then the higher score, then dossier id, so ties are deterministic.
/// </summary>
public static class DecisionRanking
{
    /// <summary>The decisions, ranked.</summary>
    public static IReadOnlyList<Decision> Rank(Rubric rubric, IEnumerable<Decision> decisions)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(decisions);
        var order = OutcomeOrder(rubric);
        return [.. decisions
            .OrderBy(d => order.TryGetValue(d.Outcome, out var position) ? position : order.Count)
            .ThenByDescending(d => d.Score?.Value ?? decimal.MinValue)
            .ThenBy(d => d.DossierId, StringComparer.Ordinal)];
    }

    private static Dictionary<string, int> OutcomeOrder(Rubric rubric)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var outcome in rubric.Classification.Tiers.Select(t => t.Outcome).Append(rubric.Classification.Fallback))
        {
            order.TryAdd(outcome, order.Count);
        }

        return order;
    }
}
