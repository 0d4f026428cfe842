using System.Globalization;
using System.Text;

namespace RubricEngine.Rete;

/// <summary>Writes the network as Graphviz DOT: solid edges carry facts or tokens, dashed edges feed right inputs.</summary>
internal static class DotExporter
{
    public static string Export(Network network)
    {
        var dot = new StringBuilder();
        dot.AppendLine("digraph rete {");
        dot.AppendLine("  rankdir=TB;");
        dot.AppendLine("  node [fontname=\"Helvetica\", fontsize=10];");
        foreach (var node in network.Nodes)
        {
            dot.Append(CultureInfo.InvariantCulture, $"  n{node.Id} [shape={Shape(node)}, label=\"{Escape(node.Kind + ": " + node.Label)}\"];").AppendLine();
        }

        foreach (var node in network.Nodes)
        {
            switch (node)
            {
                case AlphaMemory memory:
                    foreach (var successor in memory.Successors)
                    {
                        Edge(dot, memory.Id, successor.Id, "style=dashed");
                    }

                    break;
                case AlphaNode alphaNode:
                    foreach (var child in alphaNode.Children)
                    {
                        Edge(dot, alphaNode.Id, child.Id, null);
                    }

                    break;
                case BetaNode { Child: { } child } beta:
                    Edge(dot, beta.Id, child.Id, null);
                    break;
            }
        }

        dot.AppendLine("}");
        return dot.ToString();
    }

    private static void Edge(StringBuilder dot, int from, int to, string? attributes)
        => dot.Append(CultureInfo.InvariantCulture, $"  n{from} -> n{to}{(attributes is null ? string.Empty : " [" + attributes + "]")};").AppendLine();

    private static string Shape(ReteNode node) => node switch
    {
        TypeNode => "box",
        AlphaMemory => "cylinder",
        TerminalNode => "doubleoctagon",
        BetaNode => "ellipse",
        _ => "box, style=rounded",
    };

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
