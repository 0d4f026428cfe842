using RubricEngine.Model.Collections;
using RubricEngine.Model.Text;
using RubricEngine.Model.Types;
using RubricEngine.Model.Values;

namespace RubricEngine.Model.Expressions;

/// <summary>A constant, such as <c>100 gCO2e/kWh</c>, <c>3.5</c> or <c>2026-01-01</c>.</summary>
/// <param name="Value">The constant value.</param>
/// <param name="Type">Its type.</param>
/// <param name="Span">Where it was written.</param>
public sealed record LiteralExpr(Value Value, DataType Type, SourceSpan Span) : Expr(Type, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitLiteral(this);
}

/// <summary>A reference to a declared name: an input, derived value, criterion, indicator, group, score or field.</summary>
/// <param name="Name">The declared name.</param>
/// <param name="Kind">What kind of declaration it is.</param>
/// <param name="Type">The declaration's type.</param>
/// <param name="Span">Where the reference was written.</param>
public sealed record ReferenceExpr(string Name, SymbolKind Kind, DataType Type, SourceSpan Span) : Expr(Type, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitReference(this);
}

/// <summary>A unary operation.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Operand">The operand.</param>
/// <param name="Type">The result type.</param>
/// <param name="Span">Where it was written.</param>
public sealed record UnaryExpr(UnaryOperator Operator, Expr Operand, DataType Type, SourceSpan Span) : Expr(Type, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitUnary(this);
}

/// <summary>A binary operation: arithmetic, comparison or logic.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="Type">The result type.</param>
/// <param name="Span">Where it was written.</param>
public sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right, DataType Type, SourceSpan Span) : Expr(Type, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitBinary(this);
}

/// <summary>
/// Alternative routes: met when at least <see cref="Minimum"/> of the options are met (1 for "any of"),
/// not met when too few can still be met, unknown otherwise.
/// </summary>
/// <param name="Options">The alternatives, usually criterion references.</param>
/// <param name="Minimum">How many must be met.</param>
/// <param name="Span">Where it was written.</param>
public sealed record AnyOfExpr(ValueArray<Expr> Options, int Minimum, SourceSpan Span) : Expr(BooleanType.Instance, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitAnyOf(this);
}

/// <summary>An aggregation over the records of a list input, such as <c>mean of panel.market_needs</c>.</summary>
/// <param name="Function">The aggregation.</param>
/// <param name="List">The name of the list input.</param>
/// <param name="Element">The per-record expression over the record's fields; null for <see cref="ListFunction.Count"/>.</param>
/// <param name="Parameter">The trim percentage for a trimmed mean (as a ratio, 0.1 for 10 %); null otherwise.</param>
/// <param name="Type">The result type.</param>
/// <param name="Span">Where it was written.</param>
/// <param name="Filter">
/// The condition on each record after <c>where</c>; only records that meet it are aggregated (a record whose
/// condition is unknown is not shown to qualify, so it is left out). For <see cref="ListFunction.Any"/> and
/// <see cref="ListFunction.All"/>, the condition tested. Null for the whole list.
/// </param>
public sealed record ListAggregateExpr(ListFunction Function, string List, Expr? Element, decimal? Parameter, DataType Type, SourceSpan Span, Expr? Filter = null)
    : Expr(Type, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitListAggregate(this);
}

/// <summary>
/// An aggregation over every dossier screened together, such as <c>share of patents</c> or
/// <c>rank by new_product_sales</c>. Evaluated by the screening layer once the whole cohort is in.
/// </summary>
/// <param name="Function">The aggregation.</param>
/// <param name="Subject">The per-dossier expression aggregated.</param>
/// <param name="Parameter">N for the top-N functions, the ratio (0.9 for 90 %) for <see cref="CohortFunction.Quantile"/>; null otherwise.</param>
/// <param name="Type">The result type.</param>
/// <param name="Span">Where it was written.</param>
/// <param name="Filter">
/// The condition after <c>where</c>: only dossiers that meet it are members of this aggregation (the others are
/// still screened; their own share, rank or percentile in it is unknown). Null for the whole cohort.
/// </param>
/// <param name="Member">For <see cref="CohortFunction.Member"/>, the id of the dossier whose value is read.</param>
public sealed record CohortExpr(CohortFunction Function, Expr Subject, decimal? Parameter, DataType Type, SourceSpan Span, Expr? Filter = null, string? Member = null)
    : Expr(Type, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitCohort(this);
}

/// <summary>
/// A test of an input's evidence rather than its value: <c>x is known</c>, <c>x is missing</c>, <c>x is conflicting</c>,
/// <c>x is verified [by "..."]</c>, <c>x is verified as accredited</c>, <c>x uses method "..."</c>. Always met or not met:
/// the evidence itself is never unknown.
/// </summary>
/// <param name="Subject">The input tested.</param>
/// <param name="Check">What is tested.</param>
/// <param name="Span">Where it was written.</param>
public sealed record EvidenceTestExpr(ReferenceExpr Subject, Rubrics.EvidenceCheck Check, SourceSpan Span) : Expr(BooleanType.Instance, Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitEvidenceTest(this);
}
