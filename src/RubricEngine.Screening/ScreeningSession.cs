using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Graph;

namespace RubricEngine.Screening;

/// <summary>
/// A live session over one dossier, for what-if questions. Changing an input re-evaluates only the nodes of
/// the declaration graph that depend on it (in node order); every other result is kept, and the decision is
/// the one a fresh screening of the changed dossier gives. With the NRules engine the session is a live NRules
/// session and a change is an NRules update (truth maintenance retracts what depended on it). Single-threaded.
/// </summary>
public sealed class ScreeningSession
{
    private readonly DeclarationGraph _graph;
    private readonly RubricIdentity _identity;
    private readonly bool _recordTrace;
    private readonly NodeScope _scope;
    private readonly IWhatIfEngine? _live;

    internal ScreeningSession(DeclarationGraph graph, RubricIdentity identity, Dossier dossier, bool recordTrace, IWhatIfEngine? live = null)
    {
        _graph = graph;
        _identity = identity;
        _recordTrace = recordTrace;
        _scope = new NodeScope(graph, recordTrace);
        _live = live;
        Dossier = dossier;
        Decision = live?.Decision ?? Evaluate(null);
        LastFirings = live?.LastFirings ?? LastFirings;
    }

    /// <summary>The dossier as it stands after the changes so far.</summary>
    public Dossier Dossier { get; private set; }

    /// <summary>The decision for the dossier as it stands.</summary>
    public Decision Decision { get; private set; }

    /// <summary>Nodes (rules) re-evaluated by the last change, the first screening included; inputs are not counted.</summary>
    public int LastFirings { get; private set; }

    /// <summary>Replaces the values of one input (no values removes it) and returns the new decision.</summary>
    public Decision Update(string input, params Value[] values)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(values);
        var node = _graph.Inputs.FirstOrDefault(i => i.Name == input) ?? throw new ArgumentException($"The rubric has no input '{input}'.", nameof(input));
        var entries = Dossier.Entries.Where(e => e.Input != input).ToList();
        if (values.Length > 0)
        {
            entries.Add(new DossierEntry(input, values.Select(v => new EvidencedValue(v, [], SourceSpan.None)).ToValueArray()));
        }

        Dossier = Dossier with { Entries = entries.OrderBy(e => e.Input, StringComparer.Ordinal).ToValueArray() };
        Decision = _live?.Update(node, Dossier) ?? Evaluate(node);
        LastFirings = _live?.LastFirings ?? LastFirings;
        return Decision;
    }

    /// <summary>What the nodes have derived so far (values, verdicts, scores, tiers, outcome), one line per node in node order.</summary>
    public IReadOnlyList<string> DerivedFacts =>
        _live?.DerivedFacts ?? [.. _graph.Nodes.Where(n => n.Traced).Select(n => _scope.Results[n.Id]!.ToString())];

    /// <summary>Evaluates every node (<paramref name="changed"/> null), or only those downstream of the changed input.</summary>
    private Decision Evaluate(InputNode? changed)
    {
        var kept = _scope.Results.ToArray();
        var cohort = _graph.IsCohort ? CohortFigures.Compute(_graph, [Dossier]) : null;
        _scope.Reset(Dossier, cohort);
        var dirty = new bool[_graph.Nodes.Count];
        var firings = 0;
        foreach (var node in _graph.Nodes)
        {
            dirty[node.Id] = changed is null || cohort is not null || node == changed || node.Reads.Any(r => dirty[r.Id]);
            if (dirty[node.Id])
            {
                _scope.Evaluate(node);
                firings += node.Traced ? 1 : 0;
            }
            else
            {
                _scope.Set(kept[node.Id]!);
            }
        }

        LastFirings = firings;
        return DecisionAssembler.Assemble(_graph, _identity, Dossier, _scope.Results, _recordTrace, cohort);
    }
}
