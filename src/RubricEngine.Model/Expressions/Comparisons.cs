using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Model.Expressions;

/// <summary>
/// Comparisons of a term with a constant, as traces, lint and sensitivity all read them: which operators
/// compare, the operator seen from the other side, and the comparison turned so its constant is on the right.
/// </summary>
public static class Comparisons
{
    /// <summary>True for the six comparison operators (<c>&lt; &lt;= &gt; &gt;= = !=</c>).</summary>
    public static bool IsComparison(this BinaryOperator op) =>
        op is BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater
            or BinaryOperator.GreaterOrEqual or BinaryOperator.Equal or BinaryOperator.NotEqual;

    /// <summary>The operator with its operands swapped: <c>a &lt; b</c> is <c>b &gt; a</c>.</summary>
    public static BinaryOperator Mirrored(this BinaryOperator op) => op switch
    {
        BinaryOperator.Less => BinaryOperator.Greater,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.Greater => BinaryOperator.Less,
        BinaryOperator.GreaterOrEqual => BinaryOperator.LessOrEqual,
        _ => op,
    };

    /// <summary>
    /// The comparison as "term operator constant", mirrored when the rubric wrote the constant first; null when
    /// it is not a comparison, or when neither side or both sides are constants.
    /// </summary>
    public static (Expr Term, LiteralExpr Constant, BinaryOperator Operator)? WithConstantOnRight(this BinaryExpr comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return !comparison.Operator.IsComparison() ? null
            : comparison is { Right: LiteralExpr r, Left: not LiteralExpr } ? (comparison.Left, r, comparison.Operator)
            : comparison is { Left: LiteralExpr l, Right: not LiteralExpr } ? (comparison.Right, l, comparison.Operator.Mirrored())
            : null;
    }

    /// <summary>A number or quantity constant as a quantity (a plain number has unit one); null for any other value.</summary>
    public static Quantity? AsQuantity(this Value value) => value switch
    {
        NumberValue n => new Quantity(n.Number, Unit.One),
        QuantityValue q => q.Quantity,
        _ => null,
    };
}
