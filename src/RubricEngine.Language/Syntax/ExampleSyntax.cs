using RubricEngine.Model.Logic;
using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary><c>example "Offshore wind" assessed on 2026-03-01</c> with its givens and expectations.</summary>
/// <param name="Name">The example's name.</param>
/// <param name="AssessedOn">The assessment date, or null.</param>
/// <param name="Givens">The input values, in the order written.</param>
/// <param name="ExpectedOutcome">The outcome after <c>expect outcome</c>, or null when missing.</param>
/// <param name="ExpectedVerdicts">The <c>expect criterion met</c> lines.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record ExampleSyntax(
    Spanned<string> Name, Spanned<DateOnly>? AssessedOn, ValueArray<GivenSyntax> Givens, NameSyntax? ExpectedOutcome,
    ValueArray<ExpectedVerdictSyntax> ExpectedVerdicts, SourceSpan Span)
    : DeclarationSyntax(Span)
{
    /// <summary>The <c>expect loan_gate outcome loan</c> lines, in the order written.</summary>
    public ValueArray<ExpectedClassificationSyntax> ExpectedClassifications { get; init; } = [];
}

/// <summary><c>expect loan_gate outcome loan</c>: the outcome a named classification should give.</summary>
/// <param name="Classification">The classification.</param>
/// <param name="Outcome">Its expected outcome.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record ExpectedClassificationSyntax(NameSyntax Classification, NameSyntax Outcome, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>given lifecycle_emissions = 12 gCO2e/kWh from "LCA report" verified by "TÜV"</c>, or a list input
/// given as a table (<c>given panel</c>, <c>columns ...</c>, <c>row ...</c>). Exactly one of
/// <see cref="Value"/> and <see cref="Table"/> is set.
/// </summary>
/// <param name="Input">The input named.</param>
/// <param name="Value">A scalar value: a literal, or a bare name for an enumeration member.</param>
/// <param name="Table">The records of a list input.</param>
/// <param name="Document">The evidence document after <c>from</c>, or null.</param>
/// <param name="VerifiedBy">The verifier after <c>verified by</c>, or null.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record GivenSyntax(
    NameSyntax Input, ExpressionSyntax? Value, TableSyntax? Table, Spanned<string>? Document, Spanned<string>? VerifiedBy, SourceSpan Span)
    : SyntaxNode(Span)
{
    /// <summary>The verification kind after <c>as</c> (<c>verified by "..." as accredited</c>), or null.</summary>
    public NameSyntax? Verification { get; init; }

    /// <summary>The methodology after <c>method</c>, or null.</summary>
    public Spanned<string>? Method { get; init; }
}

/// <summary>Records written as a table: <c>columns expert, market_needs</c> then <c>row "E1", 5</c>.</summary>
/// <param name="Columns">The field names, in column order.</param>
/// <param name="Rows">The records.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record TableSyntax(ValueArray<NameSyntax> Columns, ValueArray<RowSyntax> Rows, SourceSpan Span) : SyntaxNode(Span);

/// <summary>One record: a cell per column; a null cell (written <c>-</c>) means the field is absent.</summary>
/// <param name="Cells">The cells.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record RowSyntax(ValueArray<ExpressionSyntax?> Cells, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>expect hydro_density not met</c>.</summary>
/// <param name="Criterion">The criterion or gate.</param>
/// <param name="Verdict">The expected verdict.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record ExpectedVerdictSyntax(NameSyntax Criterion, Truth Verdict, SourceSpan Span) : SyntaxNode(Span);
