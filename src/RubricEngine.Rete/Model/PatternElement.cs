using System.Linq.Expressions;

namespace RubricEngine.Rete;

/// <summary>
/// Matches one fact of <see cref="FactType"/> (or a subtype) for which every condition holds.
/// Used on its own as a positive pattern, and as the source of not, exists, forall and aggregates.
/// </summary>
public sealed class PatternElement : RuleElement
{
    /// <summary>Creates a pattern.</summary>
    /// <param name="factType">The type of fact matched.</param>
    /// <param name="conditions">One-parameter boolean lambdas over the fact (alpha conditions).</param>
    /// <param name="joins">Conditions against earlier elements (beta conditions).</param>
    public PatternElement(Type factType, IEnumerable<LambdaExpression>? conditions = null, IEnumerable<JoinCondition>? joins = null)
    {
        ArgumentNullException.ThrowIfNull(factType);
        FactType = factType;
        Conditions = [.. conditions ?? []];
        Joins = [.. joins ?? []];
        foreach (var condition in Conditions)
        {
            if (condition.Parameters.Count != 1 || condition.ReturnType != typeof(bool)
                || !condition.Parameters[0].Type.IsAssignableFrom(factType))
            {
                throw new ArgumentException($"Condition '{condition}' must be a boolean lambda over {factType.Name}.", nameof(conditions));
            }
        }
    }

    /// <summary>The type of fact matched.</summary>
    public Type FactType { get; }

    /// <summary>Conditions over the fact alone.</summary>
    public IReadOnlyList<LambdaExpression> Conditions { get; }

    /// <summary>Conditions against earlier elements.</summary>
    public IReadOnlyList<JoinCondition> Joins { get; }

    /// <inheritdoc/>
    public override TResult Accept<TResult>(RuleElementVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.VisitPattern(this);
    }
}
