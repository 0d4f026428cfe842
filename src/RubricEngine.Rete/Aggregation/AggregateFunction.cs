namespace RubricEngine.Rete;

/// <summary>A named aggregate function: creates fresh aggregator state for each group.</summary>
public abstract class AggregateFunction
{
    private protected AggregateFunction(string name) => Name = name;

    /// <summary>Name shown in the network graph and in traces.</summary>
    public string Name { get; }

    /// <summary>The type of fact aggregated.</summary>
    public abstract Type SourceType { get; }

    /// <summary>The result type.</summary>
    public abstract Type ResultType { get; }

    internal abstract IUntypedAggregator CreateUntyped();
}

/// <summary>A typed aggregate function.</summary>
/// <typeparam name="TSource">The aggregated fact type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
public sealed class AggregateFunction<TSource, TResult> : AggregateFunction
{
    private readonly Func<IAggregator<TSource, TResult>> create;

    /// <summary>Creates a function from a factory of aggregator state (the extension point for custom aggregates).</summary>
    /// <param name="name">Name shown in graphs and traces.</param>
    /// <param name="create">Creates empty state for one group.</param>
    public AggregateFunction(string name, Func<IAggregator<TSource, TResult>> create)
        : base(name) => this.create = create ?? throw new ArgumentNullException(nameof(create));

    /// <inheritdoc/>
    public override Type SourceType => typeof(TSource);

    /// <inheritdoc/>
    public override Type ResultType => typeof(TResult);

    internal override IUntypedAggregator CreateUntyped() => new UntypedAggregator(create());

    private sealed class UntypedAggregator(IAggregator<TSource, TResult> inner) : IUntypedAggregator
    {
        public void Add(object item) => inner.Add((TSource)item);

        public void Remove(object item) => inner.Remove((TSource)item);

        public bool HasResult => inner.HasResult;

        public object? Result => inner.Result;
    }
}

/// <summary>Aggregator state seen without generics by the aggregate node.</summary>
internal interface IUntypedAggregator
{
    void Add(object item);

    void Remove(object item);

    bool HasResult { get; }

    object? Result { get; }
}
