using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// What a node's evaluation may see: the dossier, the cohort figures (or null), and the results of the
/// nodes it reads, looked up by node in an array indexed by node id. The compiled engine fills the array
/// in node order; the NRules engine puts in the results its rule matched. One scope per worker, reused
/// dossier after dossier; never shared between threads.
/// </summary>
internal sealed class NodeScope
{
    private readonly NodeResult?[] _results;
    private readonly List<TraceCondition>? _conditions;
    private List<decimal>? _spareNumbers;

    /// <summary>A scope for the graph's nodes; <paramref name="recordConditions"/> false skips building trace conditions (benchmarks).</summary>
    public NodeScope(DeclarationGraph graph, bool recordConditions = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        _results = new NodeResult?[graph.Nodes.Count];
        _conditions = recordConditions ? [] : null;
        Dossier = EmptyDossier;
    }

    public DeclarationGraph Graph { get; }

    /// <summary>The dossier being decided.</summary>
    public Dossier Dossier { get; private set; }

    /// <summary>The batch's cohort figures; null outside a cohort batch (cohort statements are then unknown).</summary>
    public CohortFigures? Cohort { get; private set; }

    /// <summary>Whether evaluations record the conditions they test (not inside a per-record expression: the aggregate is traced once).</summary>
    public bool RecordsConditions => _conditions is not null && MuteConditions == 0;

    /// <summary>Above zero while a list aggregation evaluates its per-record expressions.</summary>
    internal int MuteConditions { get; set; }

    /// <summary>The results so far, indexed by node id (null for nodes not evaluated yet).</summary>
    public ReadOnlySpan<NodeResult?> Results => _results;

    /// <summary>Starts another dossier: every result is cleared.</summary>
    public void Reset(Dossier dossier, CohortFigures? cohort)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        Dossier = dossier;
        Cohort = cohort;
        Array.Clear(_results);
    }

    /// <summary>Starts from given results (a copy of them): the decisive-missing search evaluates again only what a changed input reaches.</summary>
    internal void Load(Dossier dossier, CohortFigures? cohort, ReadOnlySpan<NodeResult?> results)
    {
        Dossier = dossier;
        Cohort = cohort;
        results.CopyTo(_results);
    }

    /// <summary>The result of a node read; it must have been evaluated (or matched) already.</summary>
    public NodeResult Result(DeclarationNode node) =>
        _results[node.Id] ?? throw new InvalidOperationException($"'{node.RuleName}' was read before it was evaluated: the schedule is wrong.");

    /// <summary>Stores a node's result, so the nodes that read it can see it.</summary>
    public void Set(NodeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _results[result.Node.Id] = result;
    }

    /// <summary>Evaluates a node and stores its result.</summary>
    public NodeResult Evaluate(DeclarationNode node)
    {
        var result = node.Evaluate(this);
        _results[node.Id] = result;
        return result;
    }

    // The working state of the one node being evaluated: the conditions it tests, the first reason a
    // computation of it became unknown, and the record of a list aggregation. Begin clears it; the node's
    // NodeResult takes it as immutable data, so nothing of it outlives the node.
    internal string? Reason { get; private set; }

    internal RecordValue? Record { get; set; }

    internal void Begin()
    {
        _conditions?.Clear();
        Reason = null;
        LastReason = null;
        LastGap = null;
        Record = null;
        MuteConditions = 0;
    }

    /// <summary>The reason noted last, so a comparison can say why one of its operands is unknown.</summary>
    internal string? LastReason { get; set; }

    /// <summary>Why the input read last has no value (<see cref="InputNode.Gap"/>), so a comparison shows it as the missing list does.</summary>
    internal string? LastGap { get; set; }

    /// <summary>Notes why a computation became unknown; the node keeps the first reason.</summary>
    internal void Fail(string? reason)
    {
        if (reason is not null)
        {
            Reason ??= reason;
            LastReason = reason;
        }
    }

    internal void AddCondition(TraceCondition condition)
    {
        if (MuteConditions == 0)
        {
            _conditions?.Add(condition);
        }
    }

    internal ValueArray<TraceCondition> TakeConditions()
    {
        if (_conditions is null || _conditions.Count == 0)
        {
            return [];
        }

        var taken = new TraceCondition[_conditions.Count];
        _conditions.CopyTo(taken);
        _conditions.Clear();
        return new ValueArray<TraceCondition>(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(taken));
    }

    /// <summary>A list of numbers to aggregate into, reused; a nested aggregation gets a new one.</summary>
    internal List<decimal> RentNumbers()
    {
        var numbers = _spareNumbers ?? [];
        _spareNumbers = null;
        numbers.Clear();
        return numbers;
    }

    internal void ReturnNumbers(List<decimal> numbers) => _spareNumbers = numbers;

    private static readonly Dossier EmptyDossier = new("", null, [], [], Model.Text.SourceSpan.None);
}
