using RubricEngine.Model.Collections;
using RubricEngine.Model.Text;
using RubricEngine.Model.Types;

namespace RubricEngine.Model.Expressions;

/// <summary>
/// <c>if Condition then Then else Otherwise</c>. Three-valued: a met condition gives the first branch, a condition
/// not met the second; an unknown condition gives the branches' common value when both are known and equal,
/// and unknown otherwise.
/// </summary>
/// <param name="Condition">The boolean condition.</param>
/// <param name="Then">The value when the condition is met.</param>
/// <param name="Otherwise">The value when it is not met.</param>
/// <param name="Type">The branches' common type.</param>
/// <param name="Span">Where it was written.</param>
public sealed record ConditionalExpr(Expr Condition, Expr Then, Expr Otherwise, DataType Type, SourceSpan Span) : Expr(Type, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitConditional(this);
}

/// <summary>
/// <c>first known of (a, b, c)</c>: the first option whose value is known ("a, or b where a is not known");
/// unknown when none is. Options after the first known one are not evaluated.
/// </summary>
/// <param name="Options">The options, in order of preference; all of one type.</param>
/// <param name="Type">Their common type.</param>
/// <param name="Span">Where it was written.</param>
public sealed record FirstKnownExpr(ValueArray<Expr> Options, DataType Type, SourceSpan Span) : Expr(Type, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitFirstKnown(this);
}

/// <summary>
/// <c>count of (a, b, c)</c>: how many of the conditions are met, an integer. Criteria that do not apply on the
/// assessment date are left out; any other condition that is unknown makes the count unknown.
/// </summary>
/// <param name="Conditions">The boolean conditions.</param>
/// <param name="Span">Where it was written.</param>
public sealed record CountMetExpr(ValueArray<Expr> Conditions, SourceSpan Span) : Expr(IntegerType.Instance, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitCountMet(this);
}

/// <summary>
/// <c>min of (a, b)</c> or <c>max of (a, b, c)</c>: the smallest or largest of numbers of one dimension, in the unit
/// of the first option. Unknown when any option is unknown.
/// </summary>
/// <param name="Largest">True for <c>max</c>, false for <c>min</c>.</param>
/// <param name="Options">The numbers; at least two.</param>
/// <param name="Type">Their common type.</param>
/// <param name="Span">Where it was written.</param>
public sealed record ExtremeExpr(bool Largest, ValueArray<Expr> Options, DataType Type, SourceSpan Span) : Expr(Type, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitExtreme(this);
}
