using RubricEngine.Model.Expressions;

namespace RubricEngine.Authoring.Diff;

/// <summary>
/// Tells a threshold change from a rewrite: two expressions of the same shape (same operators, names and
/// functions, node for node) that differ only in constants differ in their thresholds.
/// </summary>
internal static class ExprShape
{
    /// <summary>The constants that differ, old and new, when the shapes are equal; null when the shapes differ.</summary>
    public static IReadOnlyList<(LiteralExpr Old, LiteralExpr New)>? ChangedConstants(Expr old, Expr @new)
    {
        var left = ExprWalker.Descendants(old).ToList();
        var right = ExprWalker.Descendants(@new).ToList();
        if (left.Count != right.Count)
        {
            return null;
        }

        var changed = new List<(LiteralExpr, LiteralExpr)>();
        for (var i = 0; i < left.Count; i++)
        {
            if (left[i] is LiteralExpr a && right[i] is LiteralExpr b)
            {
                if (a != b)
                {
                    changed.Add((a, b));
                }
            }
            else if (!SameHead(left[i], right[i]))
            {
                return null;
            }
        }

        return changed;
    }

    private static bool SameHead(Expr a, Expr b) => (a, b) switch
    {
        (ReferenceExpr x, ReferenceExpr y) => x.Name == y.Name && x.Kind == y.Kind,
        (UnaryExpr x, UnaryExpr y) => x.Operator == y.Operator,
        (BinaryExpr x, BinaryExpr y) => x.Operator == y.Operator,
        (AnyOfExpr x, AnyOfExpr y) => x.Minimum == y.Minimum && x.Options.Count == y.Options.Count,
        (ListAggregateExpr x, ListAggregateExpr y) => x.Function == y.Function && x.List == y.List && x.Parameter == y.Parameter && (x.Element is null) == (y.Element is null) && (x.Filter is null) == (y.Filter is null),
        (CohortExpr x, CohortExpr y) => x.Function == y.Function && x.Parameter == y.Parameter,
        (ConditionalExpr, ConditionalExpr) => true,
        (FirstKnownExpr x, FirstKnownExpr y) => x.Options.Count == y.Options.Count,
        (CountMetExpr x, CountMetExpr y) => x.Conditions.Count == y.Conditions.Count,
        (ExtremeExpr x, ExtremeExpr y) => x.Largest == y.Largest && x.Options.Count == y.Options.Count,
        _ => false,
    };

    /// <summary>Every name an expression refers to (inputs, derived values, criteria, indicators, groups, score, lists).</summary>
    public static IEnumerable<string> Names(Expr expr) =>
        ExprWalker.Descendants(expr).SelectMany(node => node switch
        {
            ReferenceExpr { Kind: not SymbolKind.Field and not SymbolKind.AssessmentDate } r => [r.Name],
            ListAggregateExpr l => [l.List],
            _ => Array.Empty<string>(),
        });
}
