using System.Numerics;

namespace RubricEngine.Rete;

/// <summary>The built-in aggregate functions.</summary>
public static class Aggregates
{
    /// <summary>Number of facts; 0 when there are none.</summary>
    /// <typeparam name="TSource">The fact type.</typeparam>
    /// <returns>The function.</returns>
    public static AggregateFunction<TSource, int> Count<TSource>() => new("count", () => new CountAggregator<TSource>());

    /// <summary>Sum of a value over the facts; zero when there are none.</summary>
    /// <param name="selector">The value of a fact.</param>
    /// <typeparam name="TSource">The fact type.</typeparam>
    /// <typeparam name="TValue">A number type; use decimal for scores.</typeparam>
    /// <returns>The function.</returns>
    public static AggregateFunction<TSource, TValue> Sum<TSource, TValue>(Func<TSource, TValue> selector)
        where TValue : INumber<TValue>
        => new("sum", () => new SumAggregator<TSource, TValue>(selector, average: false));

    /// <summary>Mean of a value over the facts (in the value's own arithmetic); no result when there are none.</summary>
    /// <param name="selector">The value of a fact.</param>
    /// <typeparam name="TSource">The fact type.</typeparam>
    /// <typeparam name="TValue">A number type.</typeparam>
    /// <returns>The function.</returns>
    public static AggregateFunction<TSource, TValue> Average<TSource, TValue>(Func<TSource, TValue> selector)
        where TValue : INumber<TValue>
        => new("average", () => new SumAggregator<TSource, TValue>(selector, average: true));

    /// <summary>Smallest value; no result when there are no facts.</summary>
    /// <param name="selector">The value of a fact.</param>
    /// <typeparam name="TSource">The fact type.</typeparam>
    /// <typeparam name="TValue">A comparable value type.</typeparam>
    /// <returns>The function.</returns>
    public static AggregateFunction<TSource, TValue> Min<TSource, TValue>(Func<TSource, TValue> selector)
        where TValue : notnull
        => new("min", () => new ExtremeAggregator<TSource, TValue>(selector, max: false));

    /// <summary>Largest value; no result when there are no facts.</summary>
    /// <param name="selector">The value of a fact.</param>
    /// <typeparam name="TSource">The fact type.</typeparam>
    /// <typeparam name="TValue">A comparable value type.</typeparam>
    /// <returns>The function.</returns>
    public static AggregateFunction<TSource, TValue> Max<TSource, TValue>(Func<TSource, TValue> selector)
        where TValue : notnull
        => new("max", () => new ExtremeAggregator<TSource, TValue>(selector, max: true));

    /// <summary>The facts themselves, in the order they were added; an empty list when there are none.</summary>
    /// <typeparam name="TSource">The fact type.</typeparam>
    /// <returns>The function.</returns>
    public static AggregateFunction<TSource, IReadOnlyList<TSource>> Collect<TSource>()
        => new("collect", () => new CollectAggregator<TSource>());
}
