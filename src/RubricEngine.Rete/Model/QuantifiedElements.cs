using System.Linq.Expressions;

namespace RubricEngine.Rete;

/// <summary>Holds when no fact matches <see cref="Source"/>. Its match entry is null.</summary>
public sealed class NotElement : RuleElement
{
    /// <summary>Creates a negation.</summary>
    /// <param name="source">The pattern that must not match.</param>
    public NotElement(PatternElement source) => Source = source ?? throw new ArgumentNullException(nameof(source));

    /// <summary>The pattern that must not match.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc/>
    public override TResult Accept<TResult>(RuleElementVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.VisitNot(this);
    }
}

/// <summary>Holds when at least one fact matches <see cref="Source"/>. Its match entry is null.</summary>
public sealed class ExistsElement : RuleElement
{
    /// <summary>Creates an existential test.</summary>
    /// <param name="source">The pattern that must match at least once.</param>
    public ExistsElement(PatternElement source) => Source = source ?? throw new ArgumentNullException(nameof(source));

    /// <summary>The pattern that must match at least once.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc/>
    public override TResult Accept<TResult>(RuleElementVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.VisitExists(this);
    }
}

/// <summary>
/// Holds when every fact matching <see cref="Source"/> also satisfies <see cref="Condition"/>
/// (vacuously true when none match). Compiled as not(source and not condition). Its match entry is null.
/// </summary>
public sealed class ForAllElement : RuleElement
{
    /// <summary>Creates a universal test.</summary>
    /// <param name="source">The facts quantified over.</param>
    /// <param name="condition">A one-parameter boolean lambda every such fact must satisfy.</param>
    public ForAllElement(PatternElement source, LambdaExpression condition)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Condition = condition ?? throw new ArgumentNullException(nameof(condition));
        if (condition.Parameters.Count != 1 || condition.ReturnType != typeof(bool))
        {
            throw new ArgumentException("A forall condition is a boolean lambda of one parameter.", nameof(condition));
        }
    }

    /// <summary>The facts quantified over.</summary>
    public PatternElement Source { get; }

    /// <summary>The condition each source fact must satisfy.</summary>
    public LambdaExpression Condition { get; }

    /// <inheritdoc/>
    public override TResult Accept<TResult>(RuleElementVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.VisitForAll(this);
    }
}
