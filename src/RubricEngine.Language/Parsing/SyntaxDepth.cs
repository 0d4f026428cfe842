using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Parsing;

/// <summary>
/// Rejects expressions nested deeper than the binder and formatter, which recurse, can safely walk.
/// No real rubric comes near the limit.
/// </summary>
internal static class SyntaxDepth
{
    public const int MaxDepth = 100;

    /// <summary>True when every expression of the declaration is shallow enough; reports the first that is not.</summary>
    public static bool Check(DeclarationSyntax declaration, DiagnosticBag diagnostics)
    {
        foreach (var expression in SyntaxWalker.Expressions(declaration))
        {
            if (SyntaxWalker.Depth(expression) > MaxDepth)
            {
                diagnostics.Report(DiagnosticCatalog.NestingTooDeep, expression.Span, MaxDepth);
                return false;
            }
        }

        return true;
    }
}
