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
        ListAggregateSyntax l => new[] { l.Element, l.Filter }.OfType<ExpressionSyntax>(),
        CohortSyntax c => new[] { c.Subject, c.Filter }.OfType<ExpressionSyntax>(),
        ConditionalSyntax c => [c.Condition, c.Then, c.Else],
        ValueListSyntax v => v.Items,
        EvidenceTestSyntax t => [t.Subject],
        _ => [],
    };

    /// <summary>Every top-level expression of a declaration.</summary>
    public static IEnumerable<ExpressionSyntax> Expressions(DeclarationSyntax declaration) => declaration switch
    {
        DerivedSyntax d => [d.Expression],
        CriterionSyntax c => [c.Condition],
        GroupSyntax g => g.Indicators.Select(i => i.Score).OfType<ExpressionSyntax>(),
        ClassificationSyntax c => c.Tiers.Select(t => t.Condition),
        NoteSyntax n => [n.Condition],
        ExampleSyntax e => e.Givens.SelectMany(g => g.Value is { } value
            ? [value]
            : g.Table?.Rows.SelectMany(r => r.Cells).OfType<ExpressionSyntax>() ?? []),
        _ => [],
    };

    /// <summary>
    /// How deeply an expression nests, and how deep its tree is (a leaf is 1 for both), with an explicit stack.
    /// In nesting, the left operand of a chain of one precedence level (<c>a + b + c</c>, <c>x or y or z</c>)
    /// continues its parent's level; in the tree depth every operation counts.
    /// </summary>
    public static (int Nesting, int Depth) Measure(ExpressionSyntax root)
    {
        int deepestNesting = 0, deepest = 0;
        var stack = new Stack<(ExpressionSyntax Node, int Nesting, int Depth)>();
        stack.Push((root, 1, 1));
        while (stack.Count > 0)
        {
            var (node, nesting, depth) = stack.Pop();
            deepestNesting = Math.Max(deepestNesting, nesting);
            deepest = Math.Max(deepest, depth);
            foreach (var child in Children(node))
            {
                // "if a then x else if b then y else z" is a chain too: a table of cases, not nesting.
                var continuesChain = (node is BinarySyntax parent && ReferenceEquals(child, parent.Left)
                    && child is BinarySyntax left && ChainLevel(left.Operator) is { } level && level == ChainLevel(parent.Operator))
                    || (node is ConditionalSyntax conditional && ReferenceEquals(child, conditional.Else) && child is ConditionalSyntax);
                stack.Push((child, continuesChain ? nesting : nesting + 1, depth + 1));
            }
        }

        return (deepestNesting, deepest);
    }

    /// <summary>The precedence level of an operator that chains; null for comparisons, which do not.</summary>
    private static int? ChainLevel(Model.Expressions.BinaryOperator op) => op switch
    {
        Model.Expressions.BinaryOperator.Or => 1,
        Model.Expressions.BinaryOperator.And => 2,
        Model.Expressions.BinaryOperator.Add or Model.Expressions.BinaryOperator.Subtract => 3,
        Model.Expressions.BinaryOperator.Multiply or Model.Expressions.BinaryOperator.Divide => 4,
        _ => null,
    };
}
