using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Cli.Output;

/// <summary>
/// A ranked batch without the batch in memory: each decision, rendered by its format into a few strings as
/// it arrives, goes to a <see cref="SpillFile"/>; only its rank key and offset stay, in <see cref="RankedEntries"/>.
/// The records then come back in rank order, as often as the format needs.
/// </summary>
internal sealed class RankedSpill(Rubric rubric) : IDisposable
{
    private readonly Func<Decision, RankKey> _key = DecisionRanking.KeyOf(rubric);
    private readonly SpillFile _spill = new();
    private readonly RankedEntries _entries = new();

    public int Count => _entries.Count;

    public void Add(Decision decision, params string?[] record) => _entries.Add(_key(decision), _spill.Append(record));

    /// <summary>The records, best first.</summary>
    public IEnumerable<string?[]> InRankOrder() => _entries.InRankOrder().Select(_spill.Read);

    public void Dispose()
    {
        _entries.Dispose();
        _spill.Dispose();
    }
}
