using System.Numerics;

namespace RubricEngine.Rete;

internal sealed class CountAggregator<TSource> : IAggregator<TSource, int>
{
    public int Result { get; private set; }

    public bool HasResult => true;

    public void Add(TSource item) => Result++;

    public void Remove(TSource item) => Result--;
}

internal sealed class SumAggregator<TSource, TValue>(Func<TSource, TValue> selector, bool average) : IAggregator<TSource, TValue>
    where TValue : INumber<TValue>
{
    private TValue sum = TValue.Zero;
    private int count;

    public bool HasResult => !average || count > 0;

    public TValue Result => average ? sum / TValue.CreateChecked(count) : sum;

    public void Add(TSource item)
    {
        sum += selector(item);
        count++;
    }

    public void Remove(TSource item)
    {
        sum -= selector(item);
        count--;
    }
}

internal sealed class ExtremeAggregator<TSource, TValue>(Func<TSource, TValue> selector, bool max) : IAggregator<TSource, TValue>
    where TValue : notnull
{
    // A counted multiset keeps removal correct when the current extreme leaves.
    // Reversed for max so the extreme is always the first key.
    private readonly SortedDictionary<TValue, int> values = new(max
        ? Comparer<TValue>.Create((a, b) => Comparer<TValue>.Default.Compare(b, a))
        : Comparer<TValue>.Default);

    public bool HasResult => values.Count > 0;

    public TValue Result => values.Keys.First();

    public void Add(TSource item)
    {
        var value = selector(item);
        values[value] = values.GetValueOrDefault(value) + 1;
    }

    public void Remove(TSource item)
    {
        var value = selector(item);
        var left = values[value] - 1;
        if (left == 0)
        {
            values.Remove(value);
        }
        else
        {
            values[value] = left;
        }
    }
}

internal sealed class CollectAggregator<TSource> : IAggregator<TSource, IReadOnlyList<TSource>>
{
    private readonly List<TSource> items = [];
    private TSource[]? snapshot;

    public bool HasResult => true;

    // A fresh array per change, so an emitted result never changes under a match that holds it.
    public IReadOnlyList<TSource> Result => snapshot ??= [.. items];

    public void Add(TSource item)
    {
        items.Add(item);
        snapshot = null;
    }

    public void Remove(TSource item)
    {
        items.Remove(item);
        snapshot = null;
    }
}
