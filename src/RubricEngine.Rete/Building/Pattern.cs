using System.Linq.Expressions;

namespace RubricEngine.Rete;

internal enum PatternKind
{
    Match,
    Not,
    Exists,
    ForAll,
    Aggregate,
    AggregateSource,
}

internal interface IPatternSource
{
    PatternElement ToPattern();

    RuleElement ToElement();
}

/// <summary>
/// Handle of one element of a rule under construction: refine it with <see cref="Where"/> and
/// <see cref="Join{TOther}"/>, and read its entry in the action with <see cref="RuleContext.Get{T}(Pattern{T})"/>.
/// </summary>
/// <typeparam name="T">The type of the element's entry (the fact, or the aggregate value).</typeparam>
public sealed class Pattern<T> : IPatternSource
{
    private readonly List<LambdaExpression> conditions = [];
    private readonly List<JoinCondition> joins = [];

    internal Pattern(RuleBuilder rule, int index, PatternKind kind)
    {
        Rule = rule;
        Index = index;
        Kind = kind;
    }

    /// <summary>Position of the element in the rule, and of its entry in a match.</summary>
    public int Index { get; }

    internal RuleBuilder Rule { get; }

    internal PatternKind Kind { get; }

    internal LambdaExpression? ForAllCondition { get; set; }

    internal IPatternSource? AggregateSource { get; init; }

    internal AggregateFunction? AggregateFunction { get; init; }

    internal LambdaExpression? GroupKey { get; init; }

    /// <summary>Adds a condition over this element's entry alone.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>This handle.</returns>
    public Pattern<T> Where(Expression<Func<T, bool>> condition)
    {
        conditions.Add(condition ?? throw new ArgumentNullException(nameof(condition)));
        return this;
    }

    /// <summary>Adds a condition between this element's fact and an earlier element's entry.</summary>
    /// <param name="other">The earlier element.</param>
    /// <param name="condition">The condition; an equality of one side with the other becomes a hash join.</param>
    /// <typeparam name="TOther">The earlier element's entry type.</typeparam>
    /// <returns>This handle.</returns>
    public Pattern<T> Join<TOther>(Pattern<TOther> other, Expression<Func<T, TOther, bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Rule != Rule)
        {
            throw new ArgumentException("A join refers to an element of the same rule.", nameof(other));
        }

        if (Kind == PatternKind.Aggregate)
        {
            throw new InvalidOperationException("Join the aggregate's source facts in its source configuration.");
        }

        joins.Add(new JoinCondition(other.Index, condition ?? throw new ArgumentNullException(nameof(condition))));
        return this;
    }

    PatternElement IPatternSource.ToPattern() => new(typeof(T), conditions, joins);

    RuleElement IPatternSource.ToElement()
    {
        var pattern = ((IPatternSource)this).ToPattern();
        return Kind switch
        {
            PatternKind.Not => new NotElement(pattern),
            PatternKind.Exists => new ExistsElement(pattern),
            PatternKind.ForAll => new ForAllElement(pattern, ForAllCondition!),
            PatternKind.Aggregate => new AggregateElement(AggregateSource!.ToPattern(), AggregateFunction!, GroupKey, conditions),
            _ => pattern,
        };
    }
}
