namespace RubricEngine.Rete;

/// <summary>
/// Incremental state of one aggregate (one group of one partial match). The engine calls
/// <see cref="Add"/> and <see cref="Remove"/> as facts come and go and reads <see cref="Result"/>
/// when <see cref="HasResult"/> is true. Results should be immutable values: a changed result must be
/// a new object (or a value that compares unequal), because the engine compares old and new results.
/// </summary>
/// <typeparam name="TSource">The aggregated fact type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
public interface IAggregator<in TSource, out TResult>
{
    /// <summary>Adds a fact.</summary>
    /// <param name="item">The fact.</param>
    void Add(TSource item);

    /// <summary>Removes a fact previously added.</summary>
    /// <param name="item">The fact.</param>
    void Remove(TSource item);

    /// <summary>Whether there is a result (false, e.g., for the minimum of no facts).</summary>
    bool HasResult { get; }

    /// <summary>The current result.</summary>
    TResult Result { get; }
}
