using System.Text;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// A rubric as a typed graph: one node per declaration, edges to exactly the nodes each reads, every node in
/// one fixed topological order (a node after all it reads; ties by declaration order). Built once per rubric,
/// immutable and thread-safe; both engines schedule these nodes and nothing else.
/// </summary>
internal sealed partial class DeclarationGraph
{
    /// <summary>The rubric the graph was built from.</summary>
    public Rubric Rubric { get; }

    /// <summary>Every node in topological order; a node's <see cref="DeclarationNode.Id"/> is its index here.</summary>
    public IReadOnlyList<DeclarationNode> Nodes { get; }

    /// <summary>The inputs, in declaration order.</summary>
    public IReadOnlyList<InputNode> Inputs { get; }

    /// <summary>The derived values, in declaration order.</summary>
    public IReadOnlyList<DerivedNode> Derived { get; }

    /// <summary>Criteria and gates, in declaration order.</summary>
    public IReadOnlyList<CriterionNode> Criteria { get; }

    /// <summary>Every indicator of every group, in declaration order.</summary>
    public IReadOnlyList<IndicatorNode> Indicators { get; }

    /// <summary>The groups, in declaration order.</summary>
    public IReadOnlyList<GroupNode> Groups { get; }

    /// <summary>The overall score, or null.</summary>
    public ScoreNode? Score { get; }

    /// <summary>The tiers of every classification, each classification's best first.</summary>
    public IReadOnlyList<TierNode> Tiers { get; }

    /// <summary>The subjects of the cohort aggregations, by ordinal.</summary>
    public IReadOnlyList<CohortSubjectNode> CohortSubjects { get; }

    /// <summary>The cohort aggregations, one per aggregation written in the rubric.</summary>
    public IReadOnlyList<CohortStatementNode> CohortStatements { get; }

    /// <summary>The first classification: the unnamed one, or the first named one (the decision's headline outcome).</summary>
    public ClassificationNode Classification { get; }

    /// <summary>Every classification, in declaration order, the first one first.</summary>
    public IReadOnlyList<ClassificationNode> Classifications { get; }

    /// <summary>The notes and warnings, in declaration order.</summary>
    public IReadOnlyList<NoteNode> Notes { get; }

    /// <summary>The cohort subjects and every node they depend on, in node order: what the cohort figures need of each dossier.</summary>
    public IReadOnlyList<DeclarationNode> CohortPrefix { get; }

    /// <summary>True when the rubric aggregates over the cohort.</summary>
    public bool IsCohort => CohortSubjects.Count > 0;

    /// <summary>The values tried for unknown inputs when finding decisive missing evidence (made on first use).</summary>
    internal SideValues Sides => _sides ??= SideValues.For(Rubric);

    /// <summary>The cones and pinned values of the decisive-missing search (made on first use).</summary>
    internal DecisivePlan Decisive => _decisive ??= new DecisivePlan(this);

    // Benign races: two threads may both build one; either copy is the same.
    private SideValues? _sides;
    private DecisivePlan? _decisive;

    /// <summary>The node with the given rule name, or null.</summary>
    public DeclarationNode? Find(string ruleName)
    {
        foreach (var node in Nodes)
        {
            if (node.RuleName == ruleName)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>The graph in Graphviz DOT: one box per node (rule name and depth), an edge from each node read.</summary>
    public string ToDot()
    {
        var dot = new StringBuilder("digraph rubric {\n  rankdir=LR;\n  node [shape=box];\n");
        foreach (var node in Nodes)
        {
            dot.Append(System.Globalization.CultureInfo.InvariantCulture, $"  n{node.Id} [label=\"{Escape(node.RuleName)}\\ndepth {node.Depth}\"];\n");
        }

        foreach (var node in Nodes)
        {
            foreach (var read in node.Reads)
            {
                dot.Append(System.Globalization.CultureInfo.InvariantCulture, $"  n{read.Id} -> n{node.Id};\n");
            }
        }

        return dot.Append("}\n").ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
