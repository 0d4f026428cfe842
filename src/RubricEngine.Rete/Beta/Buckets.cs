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
    public TKey Key { get; } = key;
}

/// <summary>Facts sharing one join key in a node's right memory.</summary>
internal sealed class FactBucket() : HashSet<FactHandle>(HandleComparer.Instance);
