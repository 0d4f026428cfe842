using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Binding;

/// <summary>The range of a number input or field (<c>integer 1 to 5</c>): not empty, whole numbers for an integer.</summary>
internal static class RangeBinder
{
    /// <summary>The declared range, or null when none is written or it is invalid (reported).</summary>
    public static ValueRange? Bind(TypeSyntax syntax, BindingContext context)
    {
        if (syntax is not PrimitiveTypeSyntax { Range: { } range } primitive)
        {
            return null;
        }

        if (primitive.Kind == PrimitiveType.Integer && (!IsWhole(range.Min.Value) || !IsWhole(range.Max.Value)))
        {
            var fraction = IsWhole(range.Min.Value) ? range.Max : range.Min;
            context.Report(DiagnosticCatalog.InvalidRange, fraction.Span, DiagnosticPhrases.IntegerRangeNotWhole(fraction.Value));
            return null;
        }

        if (range.Min.Value > range.Max.Value)
        {
            context.Report(DiagnosticCatalog.InvalidRange, range.Span, DiagnosticPhrases.EmptyRange(range.Min.Value, range.Max.Value));
            return null;
        }

        return new ValueRange(range.Min.Value, range.Max.Value);
    }

    /// <summary>The range an input symbol was declared with, for its example values (an invalid range was reported where it was written).</summary>
    public static ValueRange? Declared(Symbol symbol) =>
        symbol.Declaration is InputSyntax { Type: PrimitiveTypeSyntax { Range: { } range } } && range.Min.Value <= range.Max.Value
            ? new ValueRange(range.Min.Value, range.Max.Value)
            : null;

    private static bool IsWhole(decimal value) => value == decimal.Truncate(value);
}
