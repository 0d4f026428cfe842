using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary>
/// An expression as written: unresolved names, units as text, no types. The binder resolves and types it.
/// A closed hierarchy, walked with <see cref="ExpressionSyntaxVisitor{T}"/>.
/// </summary>
internal abstract record ExpressionSyntax : SyntaxNode
{
    private protected ExpressionSyntax(SourceSpan span)
        : base(span)
    {
    }

    /// <summary>Dispatches to the visitor method for this node kind.</summary>
    public abstract T Accept<T>(ExpressionSyntaxVisitor<T> visitor);
}

/// <summary>A number, with an optional unit: <c>3.5</c>, <c>100 gCO2e/kWh</c>, <c>10 %</c>.</summary>
/// <param name="Value">The number; its scale is kept (<c>3.50</c> stays 3.50).</param>
/// <param name="Unit">The unit, or null for a plain number.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record NumberSyntax(decimal Value, UnitSyntax? Unit, SourceSpan Span) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitNumber(this);
}

/// <summary>A quoted text: <c>"TÜV SÜD"</c>.</summary>
/// <param name="Value">The text with escapes resolved.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record StringSyntax(string Value, SourceSpan Span) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitString(this);
}

/// <summary>A calendar date: <c>2026-01-01</c>.</summary>
/// <param name="Value">The date.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record DateSyntax(DateOnly Value, SourceSpan Span) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitDate(this);
}

/// <summary><c>true</c> or <c>false</c>.</summary>
/// <param name="Value">The truth written.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record BooleanSyntax(bool Value, SourceSpan Span) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitBoolean(this);
}

/// <summary>
/// A bare name: an input, derived value, criterion, indicator, group, score, a field inside a list
/// aggregate, or an enumeration member next to an enumeration. The binder decides which.
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record ReferenceSyntax(NameSyntax Name, SourceSpan Span) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitReference(this);
}

/// <summary><c>assessment date</c>: the date the dossier is assessed for.</summary>
/// <param name="Span">Where it was written.</param>
internal sealed record AssessmentDateSyntax(SourceSpan Span) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitAssessmentDate(this);
}
