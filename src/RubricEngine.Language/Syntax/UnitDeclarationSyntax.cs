using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary><c>unit kgH2 dimension hydrogen</c> or <c>unit tH2 = 1000 kgH2</c>, with an optional title.</summary>
/// <param name="Symbol">The unit's symbol.</param>
/// <param name="Dimension">The new dimension's name in the first form, or null.</param>
/// <param name="Multiple">The number in the second form, or null.</param>
/// <param name="Of">The unit after the number in the second form, or null.</param>
/// <param name="Title">Its label.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record UnitDeclarationSyntax(
    NameSyntax Symbol, NameSyntax? Dimension, Spanned<decimal>? Multiple, UnitSyntax? Of, TextsSyntax Title, SourceSpan Span)
    : DeclarationSyntax(Span);
