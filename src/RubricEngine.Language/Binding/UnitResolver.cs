using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Model.Units;

namespace RubricEngine.Language.Binding;

/// <summary>
/// Looks units up in the catalogue and the rubric's declared units, reporting unknown symbols at their own
/// column with a suggestion; where the value's dimension is known (a threshold beside a length, an example value
/// of a length input), units of that dimension are suggested first.
/// </summary>
internal static class UnitResolver
{
    public static Unit? Resolve(UnitSyntax syntax, BindingContext context, Dimension? expected = null)
    {
        if (context.Units.TryParse(syntax.Text, out var unit, out var unknown))
        {
            return unit;
        }

        var symbol = string.IsNullOrEmpty(unknown) ? syntax.Text : unknown;
        // A misspelt part of a compound unit could be of any dimension; only a whole unit is expected to have the value's.
        var whole = symbol == syntax.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
        var suggestion = DiagnosticPhrases.DidYouMean(context.Units.Suggest(symbol, whole ? expected : null));
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
