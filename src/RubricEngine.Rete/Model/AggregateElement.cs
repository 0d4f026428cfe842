using System.Linq.Expressions;

namespace RubricEngine.Rete;

/// <summary>
/// Aggregates the facts matching <see cref="Source"/> (per partial match of the earlier elements).
/// Without a group key the entry is the aggregate value (one match, or none when the function has no
/// result, e.g. the minimum of nothing); with a group key there is one match per non-empty group and the
/// entry is a <see cref="Group{TKey, TValue}"/>.
/// </summary>
public sealed class AggregateElement : RuleElement
{
    /// <summary>Creates an aggregate.</summary>
    /// <param name="source">The facts aggregated.</param>
    /// <param name="function">The aggregate function; its source type must accept the source facts.</param>
    /// <param name="groupKey">Optional one-parameter lambda giving the group of a source fact.</param>
    /// <param name="resultConditions">Optional conditions on the entry (the value or the group).</param>
    public AggregateElement(PatternElement source, AggregateFunction function, LambdaExpression? groupKey = null,
        IEnumerable<LambdaExpression>? resultConditions = null)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Function = function ?? throw new ArgumentNullException(nameof(function));
        if (!function.SourceType.IsAssignableFrom(source.FactType))
        {
            throw new ArgumentException($"{function.Name} aggregates {function.SourceType.Name}, not {source.FactType.Name}.", nameof(function));
        }

        if (groupKey is not null && groupKey.Parameters.Count != 1)
        {
            throw new ArgumentException("A group key is a lambda of one parameter.", nameof(groupKey));
        }

        GroupKey = groupKey;
        ResultType = groupKey is null ? function.ResultType : typeof(Group<,>).MakeGenericType(groupKey.ReturnType, function.ResultType);
        ResultConditions = [.. resultConditions ?? []];
    }

    /// <summary>The facts aggregated.</summary>
    public PatternElement Source { get; }

    /// <summary>The aggregate function.</summary>
    public AggregateFunction Function { get; }

    /// <summary>The group key selector, or null for a single aggregate.</summary>
    public LambdaExpression? GroupKey { get; }

    /// <summary>Type of the match entry: the function's result, or a <see cref="Group{TKey, TValue}"/>.</summary>
    public Type ResultType { get; }

    /// <summary>Conditions on the entry; a group or value failing them yields no match.</summary>
    public IReadOnlyList<LambdaExpression> ResultConditions { get; }

    /// <inheritdoc/>
    public override TResult Accept<TResult>(RuleElementVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.VisitAggregate(this);
    }
}
