using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary><c>if Condition then Then else Else</c>.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Then">The value when it is met.</param>
/// <param name="Else">The value when it is not.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record ConditionalSyntax(ExpressionSyntax Condition, ExpressionSyntax Then, ExpressionSyntax Else, SourceSpan Span) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitConditional(this);
}

/// <summary>What a parenthesised list of values computes.</summary>
internal enum ValueListKind
{
    /// <summary><c>first known of (a, b)</c>.</summary>
    FirstKnown,

    /// <summary><c>count of (a, b)</c>: how many conditions are met.</summary>
    CountMet,

    /// <summary><c>min of (a, b)</c>.</summary>
    Min,

    /// <summary><c>max of (a, b)</c>.</summary>
    Max,
}

/// <summary>A function of a written list of values: <c>first known of (...)</c>, <c>count of (...)</c>, <c>min of (...)</c>, <c>max of (...)</c>.</summary>
/// <param name="Kind">The function.</param>
/// <param name="Items">The values, in order.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record ValueListSyntax(ValueListKind Kind, ValueArray<ExpressionSyntax> Items, SourceSpan Span) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitValueList(this);
}
