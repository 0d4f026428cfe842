namespace RubricEngine.Rete;

/// <summary>
/// Working memory over a compiled network: insert, update and retract facts, fire rules, read matches.
/// A session is single-threaded; run one per thread, all from the same <see cref="SessionFactory"/>.
/// Facts are identified by <see cref="object.Equals(object)"/> and must not be mutated while held:
/// change one by passing a new version to <see cref="Update(object, object)"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The recorder is owned and disposed by the caller that started it.")]
public sealed partial class Session
{
    private readonly Network network;
    private readonly FactTable facts = new();
    private readonly object?[] memories;
    private readonly long[]? counters;
    private readonly Queue<FactHandle> unjustified = new();
    private readonly Queue<(AggregateNode Node, Token Token, AggregateGroup Group)> deferredAggregates = new();
    private readonly RuleContext context;
    private long nextFactId;
    private bool started;
    private TerminalNode? firing;
    private SessionRecorder? recorder;
    private Type? lastType;
    private TypeNode[]? lastTypeNodes;

    internal Session(Network network, SessionOptions? options)
    {
        this.network = network;
        memories = new object?[network.BetaNodes.Count];
        counters = options?.CollectNodeCounters == true ? new long[network.NodeCount * 3] : null;
        Events = new SessionEvents(this);
        context = new RuleContext(this);
    }

    /// <summary>The session's events.</summary>
    public SessionEvents Events { get; }

    /// <summary>Number of facts held (stated and logical).</summary>
    public int FactCount => facts.Count;

    /// <summary>Number of activations waiting to fire.</summary>
    public int PendingActivations => Agenda.Count;

    internal Agenda Agenda { get; } = new();

    /// <summary>Inserts a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="InvalidOperationException">An equal fact is already held as a stated fact.</exception>
    public void Insert(object fact)
    {
        recorder?.Record(TraceOperationKind.Insert, fact, null);
        InsertCore(fact, null, throwIfPresent: true);
        Settle();
    }

    /// <summary>Inserts a fact unless an equal stated fact is held.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether the fact was inserted (or an equal logical fact became stated).</returns>
    public bool TryInsert(object fact)
    {
        recorder?.Record(TraceOperationKind.Insert, fact, null);
        var inserted = InsertCore(fact, null, throwIfPresent: false);
        Settle();
        return inserted;
    }

    /// <summary>Inserts facts in order.</summary>
    /// <param name="batch">The facts.</param>
    public void InsertAll(IEnumerable<object> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var fact in batch)
        {
            recorder?.Record(TraceOperationKind.Insert, fact, null);
            InsertCore(fact, null, throwIfPresent: true);
        }

        Settle();
    }

    /// <summary>Replaces the held fact equal to <paramref name="fact"/> with this version.</summary>
    /// <param name="fact">The new version, equal (by Equals) to the held one.</param>
    public void Update(object fact) => Update(fact, fact);

    /// <summary>Replaces <paramref name="oldFact"/> by <paramref name="newFact"/>: matches are recomputed, derived facts follow.</summary>
    /// <param name="oldFact">The held fact.</param>
    /// <param name="newFact">The new version.</param>
    public void Update(object oldFact, object newFact)
    {
        recorder?.Record(TraceOperationKind.Update, newFact, oldFact);
        UpdateCore(oldFact, newFact);
        Settle();
    }

    /// <summary>Updates facts in order, each replacing the held fact equal to it.</summary>
    /// <param name="batch">The new versions.</param>
    public void UpdateAll(IEnumerable<object> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var fact in batch)
        {
            recorder?.Record(TraceOperationKind.Update, fact, fact);
            UpdateCore(fact, fact);
        }

        Settle();
    }

    /// <summary>Retracts a fact; matches using it and facts derived from them go too.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="InvalidOperationException">The fact is not held.</exception>
    public void Retract(object fact)
    {
        recorder?.Record(TraceOperationKind.Retract, fact, null);
        RetractCore(fact, throwIfAbsent: true);
        Settle();
    }

    /// <summary>Retracts a fact if held.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was held.</returns>
    public bool TryRetract(object fact)
    {
        recorder?.Record(TraceOperationKind.Retract, fact, null);
        var retracted = RetractCore(fact, throwIfAbsent: false);
        Settle();
        return retracted;
    }

    /// <summary>Retracts facts in order.</summary>
    /// <param name="batch">The facts.</param>
    public void RetractAll(IEnumerable<object> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var fact in batch)
        {
            recorder?.Record(TraceOperationKind.Retract, fact, null);
            RetractCore(fact, throwIfAbsent: true);
        }

        Settle();
    }

    /// <summary>Whether a fact equal to <paramref name="fact"/> is held.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when held.</returns>
    public bool Contains(object fact) => facts.Find(fact ?? throw new ArgumentNullException(nameof(fact))) is not null;

    /// <summary>The held facts of type <typeparamref name="T"/>, in insertion order.</summary>
    /// <typeparam name="T">The fact type (a base type or interface selects all that implement it).</typeparam>
    /// <returns>The facts.</returns>
    public IReadOnlyList<T> Query<T>() => facts.OfType<T>();

    /// <summary>The current matches of a rule, fired or not, in agenda order.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <returns>The matches.</returns>
    public IReadOnlyList<IMatch> Matches(string ruleName)
    {
        EnsureStarted();
        var terminal = network.Terminal(ruleName);
        if (memories[terminal.MemoryIndex] is not TokenBucket bucket)
        {
            return [];
        }

        var tokens = new List<Token>(bucket.Count);
        for (var i = 0; i < bucket.Count; i++)
        {
            tokens.Add(bucket[i]);
        }

        foreach (var token in tokens)
        {
            token.AgendaKey = Agenda.KeyOf(token);
        }

        tokens.Sort(Agenda.Compare);
        return [.. tokens.Select(t => (IMatch)new MatchView(terminal.Rule, t))];
    }

    /// <summary>Starts recording the operations and events of this session into a replayable trace.</summary>
    /// <returns>The recorder.</returns>
    public SessionRecorder StartRecording() => recorder = new SessionRecorder(this);

    internal void StopRecording(SessionRecorder stopping)
    {
        if (recorder == stopping)
        {
            recorder = null;
        }
    }
}
