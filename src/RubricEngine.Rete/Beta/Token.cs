namespace RubricEngine.Rete;

/// <summary>
/// A partial match: one entry per rule element so far, as a linked list toward the first element.
/// Tokens form a tree (parent to children) so that deleting one deletes everything built on it, and
/// each token is threaded on the list of its entry's fact so that retracting the fact finds it at once.
/// </summary>
internal sealed class Token(Token? parent, FactHandle? element)
{
    public Token? Parent { get; } = parent;

    /// <summary>This level's entry: a fact, an aggregate value, or null for not/exists.</summary>
    public FactHandle? Element { get; } = element;

    public Token? FirstChild { get; set; }

    public Token? NextSibling { get; set; }

    public Token? PreviousSibling { get; set; }

    public Token? NextOfFact { get; set; }

    public Token? PreviousOfFact { get; set; }

    /// <summary>The bucket of the consuming node's left memory that holds this token.</summary>
    public TokenBucket? Bucket { get; set; }

    public int Slot { get; set; }

    // Fields below are shared by roles that never meet on one token, to keep tokens small:
    // a token consumed by a not/exists node uses the counter as its match count and the state not at all;
    // one consumed by an aggregate node keeps its groups in the state; an activation (consumed by a
    // terminal) uses the counter as its agenda heap index and the state for the facts it justified.
    private int counter = -1;

    /// <summary>Number of right facts matching this token (consumer: not/exists).</summary>
    public int Count
    {
        get => counter;
        set => counter = value;
    }

    /// <summary>
    /// Precomputed leading part of the agenda order (consumer: terminal): the rule's rank, then the sequence
    /// of the first element's fact. Most comparisons end here; ties fall back to the full comparison.
    /// </summary>
    public long AgendaKey { get; set; }

    /// <summary>Position in the agenda heap, or -1 when not pending (consumer: terminal).</summary>
    public int HeapIndex
    {
        get => counter;
        set => counter = value;
    }

    /// <summary>
    /// Aggregate groups (consumer: aggregate node), or the facts this activation inserted logically
    /// (consumer: terminal; one <see cref="FactHandle"/> or a list).
    /// </summary>
    public object? State { get; set; }

    /// <summary>A token leaves its bucket when deleted, and only then.</summary>
    public bool Dead => Bucket is null;

    /// <summary>The entry <paramref name="distance"/> levels up (0 = this token's own).</summary>
    public FactHandle? EntryAt(int distance)
    {
        var token = this;
        for (var i = 0; i < distance; i++)
        {
            token = token.Parent!;
        }

        return token.Element;
    }

    public void AddChild(Token child)
    {
        child.NextSibling = FirstChild;
        if (FirstChild is not null)
        {
            FirstChild.PreviousSibling = child;
        }

        FirstChild = child;
    }

    public void RemoveChild(Token child)
    {
        if (child.PreviousSibling is null)
        {
            FirstChild = child.NextSibling;
        }
        else
        {
            child.PreviousSibling.NextSibling = child.NextSibling;
        }

        if (child.NextSibling is not null)
        {
            child.NextSibling.PreviousSibling = child.PreviousSibling;
        }
    }

    public void LinkToFact()
    {
        var handle = Element!;
        NextOfFact = handle.FirstToken;
        if (handle.FirstToken is not null)
        {
            handle.FirstToken.PreviousOfFact = this;
        }

        handle.FirstToken = this;
    }

    public void UnlinkFromFact()
    {
        if (PreviousOfFact is null)
        {
            Element!.FirstToken = NextOfFact;
        }
        else
        {
            PreviousOfFact.NextOfFact = NextOfFact;
        }

        if (NextOfFact is not null)
        {
            NextOfFact.PreviousOfFact = PreviousOfFact;
        }
    }
}
