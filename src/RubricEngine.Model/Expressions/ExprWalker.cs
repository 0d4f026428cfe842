namespace RubricEngine.Model.Expressions;

/// <summary>Queries over expression trees that several layers need.</summary>
public static class ExprWalker
{
    /// <summary>Every node of the tree, parent before children, left to right.</summary>
    public static IEnumerable<Expr> Descendants(Expr root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var stack = new Stack<Expr>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in Children(node).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The direct children of a node, left to right.</summary>
    public static IEnumerable<Expr> Children(Expr node) => node switch
    {
        UnaryExpr u => [u.Operand],
        BinaryExpr b => [b.Left, b.Right],
        AnyOfExpr a => a.Options,
        ListAggregateExpr l => l.Element is null ? l.Filter is null ? [] : [l.Filter] : l.Filter is null ? [l.Element] : [l.Element, l.Filter],
        CohortExpr c => c.Filter is null ? [c.Subject] : [c.Subject, c.Filter],
        ConditionalExpr c => [c.Condition, c.Then, c.Otherwise],
        FirstKnownExpr f => f.Options,
        CountMetExpr c => c.Conditions,
        ExtremeExpr e => e.Options,
        EvidenceTestExpr t => [t.Subject],
        _ => [],
    };

    /// <summary>The names referenced by the tree, of the given kind, in first-use order, without repeats.</summary>
    public static IEnumerable<string> References(Expr root, SymbolKind kind) =>
        Descendants(root).OfType<ReferenceExpr>().Where(r => r.Kind == kind).Select(r => r.Name).Distinct();

    /// <summary>True when the tree aggregates over the cohort.</summary>
    public static bool ContainsCohort(Expr root) => Descendants(root).Any(n => n is CohortExpr);
}
