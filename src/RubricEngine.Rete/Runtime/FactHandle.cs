namespace RubricEngine.Rete;

/// <summary>
/// The engine's record of one fact in a session: its sequence number (which orders the agenda), the
/// alpha memories it reached (so retraction needs no re-evaluation), the tokens that hold it, and its
/// truth-maintenance state. Aggregate values get a handle too, with <see cref="IsAggregateValue"/> set.
/// </summary>
internal sealed class FactHandle(object fact, long id)
{
    private FactHandle? nextInTable;

    public object Fact { get; set; } = fact;

    /// <summary>Insertion sequence; kept across updates so an update does not reorder the agenda.</summary>
    public long Id { get; } = id;

    /// <summary>Head of the list of tokens whose own entry is this handle.</summary>
    public Token? FirstToken { get; set; }

    /// <summary>The alpha memory reached, or a list when more than one.</summary>
    public object? AlphaMemories { get; set; }

    /// <summary>Inserted by a plain insert (as opposed to only logically).</summary>
    public bool Stated { get; set; }

    /// <summary>Number of live activations that logically inserted this fact.</summary>
    public int Justifications { get; set; }

    public bool Retracted { get; set; }

    /// <summary>Set while the fact is being removed from the network, so joins do not pair it again meanwhile.</summary>
    public bool Leaving { get; set; }

    public bool IsAggregateValue { get; init; }

    /// <summary>The fact's hash in the session's <see cref="FactTable"/>.</summary>
    public int Hash { get; set; }

    public FactHandle? NextInTable
    {
        get => nextInTable;
        set => nextInTable = value;
    }

    public ref FactHandle? NextInTableRef => ref nextInTable;

    public void AddAlphaMemory(AlphaMemory memory)
    {
        switch (AlphaMemories)
        {
            case null:
                AlphaMemories = memory;
                break;
            case AlphaMemory first:
                AlphaMemories = new List<AlphaMemory> { first, memory };
                break;
            case List<AlphaMemory> list:
                list.Add(memory);
                break;
        }
    }

    public override string ToString() => $"#{Id} {Fact}";
}

/// <summary>Handle identity with a deterministic hash (the sequence), so set iteration order is reproducible.</summary>
internal sealed class HandleComparer : IEqualityComparer<FactHandle>
{
    public static readonly HandleComparer Instance = new();

    public bool Equals(FactHandle? x, FactHandle? y) => ReferenceEquals(x, y);

    public int GetHashCode(FactHandle obj) => obj.Id.GetHashCode();
}
