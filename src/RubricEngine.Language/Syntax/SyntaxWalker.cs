namespace RubricEngine.Language.Syntax;

/// <summary>Queries over the syntax tree that need no recursion, so they are safe on any input.</summary>
internal static class SyntaxWalker
{
    /// <summary>The direct children of an expression, left to right.</summary>
    public static IEnumerable<ExpressionSyntax> Children(ExpressionSyntax node) => node switch
    {
        UnarySyntax u => [u.Operand],
        BinarySyntax b => [b.Left, b.Right],
        AnyOfSyntax a => a.Options,
        ListAggregateSyntax { Element: { } element } => [element],
        CohortSyntax c => [c.Subject],
        _ => [],
    };

    /// <summary>Every top-level expression of a declaration.</summary>
    public static IEnumerable<ExpressionSyntax> Expressions(DeclarationSyntax declaration) => declaration switch
    {
        DerivedSyntax d => [d.Expression],
        CriterionSyntax c => [c.Condition],
        GroupSyntax g => g.Indicators.Select(i => i.Score).OfType<ExpressionSyntax>(),
        ClassificationSyntax c => c.Tiers.Select(t => t.Condition),
        ExampleSyntax e => e.Givens.SelectMany(g => g.Value is { } value
            ? [value]
            : g.Table?.Rows.SelectMany(r => r.Cells).OfType<ExpressionSyntax>() ?? []),
        _ => [],
    };

    /// <summary>The depth of an expression tree (a leaf is 1), computed with an explicit stack.</summary>
    public static int Depth(ExpressionSyntax root)
    {
        var deepest = 0;
        var stack = new Stack<(ExpressionSyntax Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in Children(node))
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}
