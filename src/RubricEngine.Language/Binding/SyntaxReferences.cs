using RubricEngine.Language.Syntax;

namespace RubricEngine.Language.Binding;

/// <summary>The names an expression refers to, read from syntax before binding, for dependency order and cycles.</summary>
internal static class SyntaxReferences
{
    public static IEnumerable<string> Names(ExpressionSyntax root)
    {
        var stack = new Stack<ExpressionSyntax>([root]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            var name = node switch
            {
                ReferenceSyntax r => r.Name.Text,
                ListAggregateSyntax l => l.List.Text,
                _ => null,
            };
            if (name is not null && seen.Add(name))
            {
                yield return name;
            }

            // A list aggregation's element speaks of the list's fields, not of declarations.
            foreach (var child in node is ListAggregateSyntax ? [] : SyntaxWalker.Children(node))
            {
                stack.Push(child);
            }
        }
    }
}
