using System.Linq.Expressions;

namespace RubricEngine.Rete;

/// <summary>
/// A condition between the fact of a pattern and the entry of an earlier element of the same rule.
/// The lambda takes (this pattern's fact, the earlier entry). An equality between the two sides
/// (<c>(a, b) =&gt; a.Key == b.Key</c>) becomes a hash join.
/// </summary>
public sealed class JoinCondition
{
    /// <summary>Creates a join condition.</summary>
    /// <param name="otherIndex">Position of the earlier element in the rule.</param>
    /// <param name="condition">A two-parameter boolean lambda: (fact, earlier entry).</param>
    public JoinCondition(int otherIndex, LambdaExpression condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentOutOfRangeException.ThrowIfNegative(otherIndex);
        if (condition.Parameters.Count != 2 || condition.ReturnType != typeof(bool))
        {
            throw new ArgumentException("A join condition is a boolean lambda of two parameters.", nameof(condition));
        }

        OtherIndex = otherIndex;
        Condition = condition;
    }

    /// <summary>Position of the earlier element this condition refers to.</summary>
    public int OtherIndex { get; }

    /// <summary>The condition: (fact of this pattern, entry of the earlier element) to bool.</summary>
    public LambdaExpression Condition { get; }
}
