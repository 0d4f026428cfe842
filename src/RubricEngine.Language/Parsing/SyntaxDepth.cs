using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Parsing;

/// <summary>
/// Rejects expressions the binder and formatter, which recurse, could not safely walk. Two limits: nesting
/// (parentheses, prefixes, aggregations, routes; a flat chain such as <c>a + b + c</c> or <c>x or y or z</c>
/// is one level however long), and the length of the operator chains, which the binder also walks one
/// operation per call. No real rubric comes near either: a sum of 99 terms or 120 codes joined by <c>or</c>
/// use a tenth of the chain limit.
/// </summary>
internal static class SyntaxDepth
{
    public const int MaxDepth = 100;

    public const int MaxChain = 1000;

    /// <summary>True when every expression of the declaration is within the limits; reports the first that is not.</summary>
    public static bool Check(DeclarationSyntax declaration, DiagnosticBag diagnostics) =>
        SyntaxWalker.Expressions(declaration).All(expression => Check(expression, diagnostics.Report));

    /// <summary>True when the expression is within the limits; otherwise reports why and returns false.</summary>
    public static bool Check(ExpressionSyntax expression, Action<DiagnosticDescriptor, Model.Text.SourceSpan, object?[]> report)
    {
        var (nesting, depth) = SyntaxWalker.Measure(expression);
        if (nesting > MaxDepth)
        {
            report(DiagnosticCatalog.NestingTooDeep, expression.Span, [MaxDepth]);
            return false;
        }

        if (depth > MaxChain)
        {
            report(DiagnosticCatalog.ExpressionTooLong, expression.Span, [MaxChain]);
            return false;
        }

        return true;
    }
}
