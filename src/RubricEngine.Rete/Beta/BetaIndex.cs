namespace RubricEngine.Rete;

/// <summary>
/// How a beta node pairs left tokens with right facts. The index is part of the immutable network;
/// the memory it works on belongs to one session (see <see cref="CreateMemory"/>).
/// </summary>
internal abstract class BetaIndex
{
    /// <summary>Text of the hashed equality, or null when every left token meets every right fact.</summary>
    public abstract string? Label { get; }

    public abstract object CreateMemory(BetaNode node);

    /// <summary>Stores a left token; returns the right facts with the same key.</summary>
    public abstract FactBucket? AddLeft(object memory, Token token);

    public abstract void RemoveLeft(object memory, Token token);

    /// <summary>Stores a right fact; returns the left tokens with the same key.</summary>
    public abstract TokenBucket? AddRight(object memory, FactHandle fact);

    /// <summary>Forgets a right fact; returns the left tokens with the same key.</summary>
    public abstract TokenBucket? RemoveRight(object memory, FactHandle fact);

    public abstract long Size(object memory);
}

/// <summary>No equality to hash on: one bucket each side.</summary>
internal sealed class CrossIndex(bool storeRight) : BetaIndex
{
    public override string? Label => null;

    public override object CreateMemory(BetaNode node) => new Memory(node);

    public override FactBucket? AddLeft(object memory, Token token)
    {
        var m = (Memory)memory;
        m.Left.Add(token);
        return m.Right;
    }

    public override void RemoveLeft(object memory, Token token) => ((Memory)memory).Left.Remove(token);

    public override TokenBucket? AddRight(object memory, FactHandle fact)
    {
        var m = (Memory)memory;
        if (storeRight)
        {
            m.Right.Add(fact);
        }

        return m.Left;
    }

    public override TokenBucket? RemoveRight(object memory, FactHandle fact)
    {
        var m = (Memory)memory;
        m.Right.Remove(fact);
        return m.Left;
    }

    public override long Size(object memory) => ((Memory)memory).Left.Count + ((Memory)memory).Right.Count;

    private sealed class Memory(BetaNode node)
    {
        public TokenBucket Left { get; } = new(node);

        public FactBucket Right { get; } = new();
    }
}
