using RubricEngine.Model.Expressions;

namespace RubricEngine.Screening.Graph;

/// <summary>The graph's nodes by declared name and kind, and cohort statements by expression: used while building only.</summary>
internal sealed class NodeIndex
{
    private readonly Dictionary<(SymbolKind Kind, string Name), DeclarationNode> _byName = [];
    private readonly Dictionary<CohortExpr, CohortStatementNode> _statements = new(ReferenceEqualityComparer.Instance);

    public void Add(SymbolKind kind, DeclarationNode node) => _byName[(kind, node.Name)] = node;

    /// <summary>The score node, or null when the rubric has no score.</summary>
    public ScoreNode? Score { get; set; }

    public void Add(CohortStatementNode statement) => _statements[statement.Aggregation] = statement;

    /// <summary>The node a reference names (every score reference names the one score node).</summary>
    public DeclarationNode Reference(SymbolKind kind, string name) =>
        kind == SymbolKind.Score && Score is { } score ? score
        : _byName.TryGetValue((kind, name), out var node) ? node
        : throw new InvalidOperationException($"The rubric declares no {kind} '{name}': the binder should have rejected this.");

    public bool Has(CohortExpr cohort) => _statements.ContainsKey(cohort);

    public CohortStatementNode Statement(CohortExpr cohort) => _statements[cohort];
}
