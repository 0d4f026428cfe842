namespace RubricEngine.Rete;

/// <summary>
/// A hash join on one equality: left tokens are bucketed by the key of an earlier entry, right facts by
/// the key of the new fact, so each arrival touches only its own key's bucket on the other side.
/// A null key is kept in its own bucket (null == null holds in C#).
/// </summary>
internal sealed class HashIndex<TKey>(Func<object, TKey> rightKey, Func<object, TKey> leftKey, int distance, string label)
    : BetaIndex
    where TKey : notnull
{
    public override string? Label => label;

    public override object CreateMemory(BetaNode node) => new KeyedMemory<TKey>(node);

    public override FactBucket? AddLeft(object memory, Token token)
    {
        var m = (KeyedMemory<TKey>)memory;
        var key = leftKey(token.EntryAt(distance)!.Fact);
        var slot = m.Slot(key, create: true)!;
        (slot.Left ??= new TokenBucket<TKey>(m.Node, key)).Add(token);
        m.Size++;
        return slot.Right;
    }

    public override void RemoveLeft(object memory, Token token)
    {
        var m = (KeyedMemory<TKey>)memory;
        var bucket = (TokenBucket<TKey>)token.Bucket!;
        bucket.Remove(token);
        m.Size--;
        if (bucket.Count == 0)
        {
            m.Release(bucket.Key);
        }
    }

    public override TokenBucket? AddRight(object memory, FactHandle fact)
    {
        var m = (KeyedMemory<TKey>)memory;
        var slot = m.Slot(rightKey(fact.Fact), create: true)!;
        (slot.Right ??= new FactBucket()).Add(fact);
        m.Size++;
        return slot.Left;
    }

    public override TokenBucket? RemoveRight(object memory, FactHandle fact)
    {
        var m = (KeyedMemory<TKey>)memory;
        var key = rightKey(fact.Fact);
        var slot = m.Slot(key, create: false);
        if (slot?.Right is null || !slot.Right.Remove(fact))
        {
            return slot?.Left;
        }

        m.Size--;
        var partners = slot.Left;
        m.Release(key);
        return partners;
    }

    public override long Size(object memory) => ((KeyedMemory<TKey>)memory).Size;
}

/// <summary>The left and right buckets of one key.</summary>
internal sealed class KeySlot<TKey>
{
    public TokenBucket<TKey>? Left { get; set; }

    public FactBucket? Right { get; set; }

    public bool IsEmpty => (Left is null || Left.Count == 0) && (Right is null || Right.Count == 0);
}

/// <summary>
/// One session's memory of a hash join. The first key is kept inline and a dictionary is made only for a
/// second one: a per-dossier session usually joins on a single key (the dossier) and then needs none.
/// Emptied dictionary slots are released, so memory shrinks as facts are retracted; the inline slot stays
/// idle and is reused by the next key, so a session reused dossier after dossier does not reallocate it.
/// </summary>
internal sealed class KeyedMemory<TKey>(BetaNode node)
    where TKey : notnull
{
    private TKey firstKey = default!;
    private KeySlot<TKey>? first;
    private KeySlot<TKey>? nullSlot;
    private Dictionary<TKey, KeySlot<TKey>>? others;

    public BetaNode Node { get; } = node;

    public long Size { get; set; }

    public KeySlot<TKey>? Slot(TKey key, bool create)
    {
        if (key is null)
        {
            return create ? nullSlot ??= new KeySlot<TKey>() : nullSlot;
        }

        if (first is not null && EqualityComparer<TKey>.Default.Equals(firstKey, key))
        {
            return first;
        }

        if (others is not null && others.TryGetValue(key, out var slot))
        {
            return slot;
        }

        if (!create)
        {
            return null;
        }

        if (first is null || first.IsEmpty)
        {
            first ??= new KeySlot<TKey>();
            firstKey = key;
            if (first.Left is not null)
            {
                first.Left.Key = key;
            }

            return first;
        }

        slot = new KeySlot<TKey>();
        (others ??= []).Add(key, slot);
        return slot;
    }

    public void Release(TKey key)
    {
        if (key is null)
        {
            if (nullSlot is { IsEmpty: true })
            {
                nullSlot = null;
            }
        }
        else if (first is not null && EqualityComparer<TKey>.Default.Equals(firstKey, key))
        {
            // Kept idle for reuse (see the class remarks).
        }
        else if (others is not null && others.TryGetValue(key, out var slot) && slot.IsEmpty)
        {
            others.Remove(key);
        }
    }
}
