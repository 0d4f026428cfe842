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
        ArgumentNullException.ThrowIfNull(decisions);
        var key = KeyOf(rubric);
        return [.. decisions.OrderBy(key)];
    }

    /// <summary>
    /// The sort key of a decision under a rubric: all a ranking needs, so a large batch can be ranked without
    /// keeping its decisions in memory. Keys compare in rank order.
    /// </summary>
    public static Func<Decision, RankKey> KeyOf(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var order = OutcomeOrder(rubric);
        return d => new RankKey(order.TryGetValue(d.Outcome, out var position) ? position : order.Count, d.Score?.Value, d.DossierId);
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

/// <summary>Where a decision ranks: outcome position (lower first), then score (higher first, none last), then id (ordinal).</summary>
/// <param name="Outcome">The outcome's position among the rubric's tiers and fallback; insufficient evidence comes after them.</param>
/// <param name="Score">The overall score, if any.</param>
/// <param name="DossierId">The dossier id, the final tie-break.</param>
public readonly record struct RankKey(int Outcome, decimal? Score, string DossierId) : IComparable<RankKey>
{
    /// <inheritdoc />
    public int CompareTo(RankKey other)
    {
        var byOutcome = Outcome.CompareTo(other.Outcome);
        if (byOutcome != 0)
        {
            return byOutcome;
        }

        var byScore = (other.Score ?? decimal.MinValue).CompareTo(Score ?? decimal.MinValue);
        return byScore != 0 ? byScore : string.CompareOrdinal(DossierId, other.DossierId);
    }

    /// <summary>True when the left key ranks before the right one.</summary>
    public static bool operator <(RankKey left, RankKey right) => left.CompareTo(right) < 0;

    /// <summary>True when the left key ranks after the right one.</summary>
    public static bool operator >(RankKey left, RankKey right) => left.CompareTo(right) > 0;

    /// <summary>True when the left key ranks before or with the right one.</summary>
    public static bool operator <=(RankKey left, RankKey right) => left.CompareTo(right) <= 0;

    /// <summary>True when the left key ranks after or with the right one.</summary>
    public static bool operator >=(RankKey left, RankKey right) => left.CompareTo(right) >= 0;
}
