using RubricEngine.Model.Dossiers;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// The compiled engine: evaluates the graph's nodes in order into one array (each node's expressions are
/// closures compiled once per rubric), then assembles the decision. The fastest batch path; one per worker.
/// </summary>
internal sealed class CompiledEngine : IDecisionEngine
{
    private readonly DeclarationGraph _graph;
    private readonly RubricIdentity _identity;
    private readonly bool _recordTrace;
    private readonly NodeScope _scope;

    public CompiledEngine(DeclarationGraph graph, RubricIdentity identity, bool recordTrace)
    {
        _graph = graph;
        _identity = identity;
        _recordTrace = recordTrace;
        _scope = new NodeScope(graph, recordTrace);
    }

    /// <inheritdoc />
    public Decision Screen(Dossier dossier, CohortFigures? cohort)
    {
        var results = Evaluate(dossier, cohort);
        return DecisionAssembler.Assemble(_graph, _identity, dossier, results, _recordTrace, cohort);
    }

    /// <summary>Every node's result for a dossier, in node order (valid until the next call).</summary>
    public ReadOnlySpan<NodeResult?> Evaluate(Dossier dossier, CohortFigures? cohort)
    {
        _scope.Reset(dossier, cohort);
        var nodes = _graph.Nodes;
        for (var i = 0; i < nodes.Count; i++)
        {
            _scope.Evaluate(nodes[i]);
        }

        return _scope.Results;
    }
}

/// <summary>The compiled engine's factory: nothing to prepare beyond the graph.</summary>
internal sealed class CompiledEngineFactory : IDecisionEngineFactory
{
    public static readonly CompiledEngineFactory Instance = new();

    /// <inheritdoc />
    public Batch.ScreeningEngine Kind => Batch.ScreeningEngine.Compiled;

    /// <inheritdoc />
    public IDecisionEngineSource Prepare(DeclarationGraph graph, RubricIdentity identity, bool recordTrace) =>
        new Source(graph, identity, recordTrace);

    private sealed class Source(DeclarationGraph graph, RubricIdentity identity, bool recordTrace) : IDecisionEngineSource
    {
        public IDecisionEngine CreateEngine() => new CompiledEngine(graph, identity, recordTrace);
    }
}
