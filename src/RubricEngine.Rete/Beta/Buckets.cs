namespace RubricEngine.Rete;

/// <summary>Tokens sharing one join key in a node's left memory; removal is O(1) by swapping with the last.</summary>
internal class TokenBucket(BetaNode node)
{
    private Token[] items = new Token[2];

    public BetaNode Node { get; } = node;

    public int Count { get; private set; }

    public Token this[int index] => items[index];

    public void Add(Token token)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, Count * 2);
        }

        token.Bucket = this;
        token.Slot = Count;
        items[Count++] = token;
    }

    public void Remove(Token token)
    {
        var last = items[--Count];
        items[token.Slot] = last;
        last.Slot = token.Slot;
        items[Count] = null!;
        token.Bucket = null;
    }
}

/// <summary>A token bucket that remembers its key, so an emptied bucket can leave its dictionary.</summary>
internal sealed class TokenBucket<TKey>(BetaNode node, TKey key) : TokenBucket(node)
{
    /// <summary>The key; rebound when an idle inline slot is reused for another key.</summary>
    public TKey Key { get; set; } = key;
}

/// <summary>
/// Facts sharing one join key in a node's right memory: an array in arrival order (swap-removed), with a
/// position index built only once the bucket is large, so small buckets stay small and big ones still
/// remove in O(1).
/// </summary>
internal sealed class FactBucket
{
    private const int IndexThreshold = 16;
    private FactHandle[] items = new FactHandle[4];
    private Dictionary<FactHandle, int>? positions;

    public int Count { get; private set; }

    public FactHandle this[int index] => items[index];

    public void Add(FactHandle fact)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, Count * 2);
        }

        items[Count] = fact;
        positions?.Add(fact, Count);
        Count++;
        if (positions is null && Count > IndexThreshold)
        {
            positions = new Dictionary<FactHandle, int>(Count * 2, HandleComparer.Instance);
            for (var i = 0; i < Count; i++)
            {
                positions.Add(items[i], i);
            }
        }
    }

    public bool Remove(FactHandle fact)
    {
        var index = positions is null ? Array.IndexOf(items, fact, 0, Count) : positions.GetValueOrDefault(fact, -1);
        if (index < 0)
        {
            return false;
        }

        var last = items[--Count];
        items[index] = last;
        items[Count] = null!;
        if (positions is not null)
        {
            positions.Remove(fact);
            if (index != Count)
            {
                positions[last] = index;
            }
        }

        return true;
    }
}
