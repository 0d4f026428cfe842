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

    public override object CreateMemory(BetaNode node) => new Memory(node);

    public override FactBucket? AddLeft(object memory, Token token)
    {
        var m = (Memory)memory;
        var key = leftKey(token.EntryAt(distance)!.Fact);
        TokenBucket<TKey> bucket;
        if (key is null)
        {
            bucket = m.LeftNull ??= new TokenBucket<TKey>(m.Node, key!);
        }
        else if (!m.Left.TryGetValue(key, out bucket!))
        {
            bucket = new TokenBucket<TKey>(m.Node, key);
            m.Left.Add(key, bucket);
        }

        bucket.Add(token);
        m.LeftCount++;
        return key is null ? m.RightNull : m.Right.GetValueOrDefault(key);
    }

    public override void RemoveLeft(object memory, Token token)
    {
        var m = (Memory)memory;
        var bucket = (TokenBucket<TKey>)token.Bucket!;
        bucket.Remove(token);
        m.LeftCount--;
        if (bucket.Count == 0 && bucket != m.LeftNull)
        {
            m.Left.Remove(bucket.Key);
        }
    }

    public override TokenBucket? AddRight(object memory, FactHandle fact)
    {
        var m = (Memory)memory;
        var key = rightKey(fact.Fact);
        FactBucket? bucket;
        if (key is null)
        {
            bucket = m.RightNull ??= [];
        }
        else if (!m.Right.TryGetValue(key, out bucket))
        {
            bucket = [];
            m.Right.Add(key, bucket);
        }

        bucket.Add(fact);
        m.RightCount++;
        return key is null ? m.LeftNull : m.Left.GetValueOrDefault(key);
    }

    public override TokenBucket? RemoveRight(object memory, FactHandle fact)
    {
        var m = (Memory)memory;
        var key = rightKey(fact.Fact);
        if (key is null)
        {
            m.RightNull?.Remove(fact);
            m.RightCount--;
            return m.LeftNull;
        }

        if (m.Right.TryGetValue(key, out var bucket) && bucket.Remove(fact))
        {
            m.RightCount--;
            if (bucket.Count == 0)
            {
                // Released so a session that churns keys does not grow.
                m.Right.Remove(key);
            }
        }

        return m.Left.GetValueOrDefault(key);
    }

    public override long Size(object memory) => ((Memory)memory).LeftCount + ((Memory)memory).RightCount;

    private sealed class Memory(BetaNode node)
    {
        public BetaNode Node { get; } = node;

        public Dictionary<TKey, TokenBucket<TKey>> Left { get; } = [];

        public Dictionary<TKey, FactBucket> Right { get; } = [];

        public TokenBucket<TKey>? LeftNull { get; set; }

        public FactBucket? RightNull { get; set; }

        public int LeftCount { get; set; }

        public int RightCount { get; set; }
    }
}
