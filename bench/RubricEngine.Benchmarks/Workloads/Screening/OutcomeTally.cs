using System.Globalization;

namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>
/// How many dossiers came out with each outcome: the checksum both sides of a screening workload must agree on.
/// Outcomes are counted by name, so an outcome one side invents shows up instead of being folded away.
/// </summary>
public sealed class OutcomeTally
{
    private readonly SortedDictionary<string, long> counts = new(StringComparer.Ordinal);

    public long Total { get; private set; }

    public void Add(string outcome)
    {
        counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        Total++;
    }

    public long this[string outcome] => counts.GetValueOrDefault(outcome);

    /// <summary>A hash of the counts in name order, so that two tallies agree only when every count does.</summary>
    public long Checksum()
    {
        var hash = 17L;
        foreach (var (outcome, count) in counts)
        {
            hash = unchecked((hash * 1_000_003) + StableHash(outcome));
            hash = unchecked((hash * 1_000_003) + count);
        }

        return hash;
    }

    /// <summary><c>decline:12,transfer:8</c>, in name order.</summary>
    public override string ToString() =>
        string.Join(',', counts.Select(c => c.Key + ":" + c.Value.ToString(CultureInfo.InvariantCulture)));

    // string.GetHashCode is randomised per process; the checksum should read the same in every run.
    private static long StableHash(string text)
    {
        var hash = 0L;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
