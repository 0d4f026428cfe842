using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Model.Units;

namespace RubricEngine.Language.Binding;

/// <summary>Looks units up in the catalogue, reporting unknown symbols at their own column with a suggestion.</summary>
internal static class UnitResolver
{
    public static Unit? Resolve(UnitSyntax syntax, BindingContext context)
    {
        if (UnitCatalog.TryParse(syntax.Text, out var unit, out var unknown))
        {
            return unit;
        }

        var symbol = string.IsNullOrEmpty(unknown) ? syntax.Text : unknown;
        var suggestion = UnitCatalog.Suggest(symbol) is { } close ? $"; did you mean '{close}'?" : string.Empty;
        context.Report(DiagnosticCatalog.UnknownUnit, SpanOfTerm(syntax, symbol), symbol, suggestion);
        return null;
    }

    /// <summary>The span of one term inside a compound unit, so the caret lands on the misspelt part.</summary>
    private static SourceSpan SpanOfTerm(UnitSyntax syntax, string term)
    {
        var index = syntax.Text.IndexOf(term, StringComparison.Ordinal);
        var span = syntax.Span;
        if (index <= 0 || span.Line != span.EndLine)
        {
            return span;
        }

        return span with { Column = span.Column + index, EndColumn = span.Column + index + term.Length };
    }
}
