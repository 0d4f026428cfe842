using RubricEngine.Model.Expressions;
using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary><c>not x</c> or <c>-x</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Operand">The operand.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record UnarySyntax(UnaryOperator Operator, ExpressionSyntax Operand, SourceSpan Span) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitUnary(this);
}

/// <summary>Arithmetic, comparison or logic between two operands.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="OperatorSpan">Where the operator was written; type and dimension errors point here.</param>
/// <param name="Span">The whole operation.</param>
internal sealed record BinarySyntax(BinaryOperator Operator, ExpressionSyntax Left, ExpressionSyntax Right, SourceSpan OperatorSpan, SourceSpan Span)
    : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitBinary(this);
}

/// <summary>
/// Alternative routes: <c>any of (a, b)</c> (minimum 1), <c>at least 2 of (a, b, c)</c>, or
/// <c>all of (a, b)</c> (minimum = number of options).
/// </summary>
/// <param name="Options">The alternatives.</param>
/// <param name="Minimum">How many must be met.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record AnyOfSyntax(ValueArray<ExpressionSyntax> Options, Spanned<int> Minimum, SourceSpan Span) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitAnyOf(this);
}

/// <summary>
/// An aggregation over a list input: <c>count of panel</c>, <c>mean of panel.market_needs</c>,
/// <c>trimmed mean 10 % of panel.market_needs</c>, <c>sum of (a * b) across panel</c>.
/// </summary>
/// <param name="Function">The aggregation.</param>
/// <param name="List">The list input.</param>
/// <param name="Element">The per-record expression over field names; null for count.</param>
/// <param name="Percent">For a trimmed mean, the percentage written (10 for 10 %); null otherwise.</param>
/// <param name="Span">Where it was written.</param>
/// <param name="Filter">The condition on each record after <c>where</c> (for <c>any of</c>/<c>all of</c> a list, the condition tested); null when none.</param>
internal sealed record ListAggregateSyntax(ListFunction Function, NameSyntax List, ExpressionSyntax? Element, Spanned<decimal>? Percent, SourceSpan Span, ExpressionSyntax? Filter = null)
    : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitListAggregate(this);
}

/// <summary>
/// An aggregation over the cohort: <c>cohort sum of x</c>, <c>cohort mean of x</c>, <c>share of x</c>,
/// <c>rank by x</c>, <c>top 5 by x</c>, <c>percentile of x</c>.
/// </summary>
/// <param name="Function">The aggregation.</param>
/// <param name="Subject">The per-dossier expression.</param>
/// <param name="Count">N for top N; null otherwise.</param>
/// <param name="Span">Where it was written.</param>
/// <param name="Filter">The condition after <c>where</c> that selects the members; null for the whole cohort.</param>
/// <param name="Member">For a member's value (<c>sales of "Shanghai"</c>), the dossier id.</param>
internal sealed record CohortSyntax(CohortFunction Function, ExpressionSyntax Subject, Spanned<decimal>? Count, SourceSpan Span, ExpressionSyntax? Filter = null, string? Member = null)
    : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitCohort(this);
}
