using RubricEngine.Model.Dossiers;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// Which unknown inputs could still change the outcome. Kleene logic is monotone: a definite verdict stays
/// definite whatever an unknown turns out to be, so only a value that turns some unknown into a definite
/// result can move the outcome. Each unknown input is set, alone, to each of its <see cref="SideValues"/>
/// (the others stay unknown); the input is decisive when some value gives another outcome. Unknowns that only
/// decide together (the two operands of a ratio, the indicators of one weighted mean) show nothing alone, so an
/// input not found decisive is tried again with the other unknowns fixed to a few joint values (each takes its
/// first, middle or last value to try). A list input has no single value to try: it is decisive when the
/// outcome is undecided. Runs only for dossiers with unknown inputs, after either engine, on the graph's own
/// node semantics, so both engines give the same lists.
/// </summary>
/// <remarks>
/// Node evaluation is pure (<see cref="DeclarationNode"/>), so a trial starts from results already known and
/// evaluates again only the input's cone (<see cref="DecisivePlan"/>): the nodes downstream of it that an outcome
/// reads. The joint values of the others are evaluated once per dossier and pick, with every unknown pinned; an
/// input's own trial then puts back its unknown result and evaluates its cone on top, which gives what evaluating
/// everything with the others pinned gives. One search per thread and graph, reused dossier after dossier.
/// </remarks>
internal sealed class DecisiveInputs
{
    private const int Picks = 3;

    [ThreadStatic]
    private static DecisiveInputs? t_search;

    private readonly DeclarationGraph _graph;
    private readonly DecisivePlan _plan;
    private readonly NodeScope _scope;
    private readonly NodeResult?[] _original;
    private readonly string[] _baseline;
    private readonly string[] _withOthers;
    private readonly NodeResult?[][] _joint;
    private readonly bool[] _jointMade = new bool[Picks];
    private readonly bool[] _dirty;
    private NodeResult[] _seen = new NodeResult[16];
    private NodeResult[] _base = new NodeResult[16];
    private IReadOnlyList<InputNode>? _jointOf;
    private Dossier _dossier = null!;
    private CohortFigures? _cohort;
    private bool _scopeIsOriginal;

    private DecisiveInputs(DeclarationGraph graph)
    {
        _graph = graph;
        _plan = graph.Decisive;
        _scope = new NodeScope(graph, recordConditions: false);
        _original = new NodeResult?[graph.Nodes.Count];
        _dirty = new bool[graph.Nodes.Count];
        _baseline = new string[graph.Classifications.Count];
        _withOthers = new string[graph.Classifications.Count];
        _joint = [new NodeResult?[graph.Nodes.Count], new NodeResult?[graph.Nodes.Count], new NodeResult?[graph.Nodes.Count]];
    }

    /// <summary>The search for one dossier whose results are <paramref name="results"/> (copied: the caller may reuse its array).</summary>
    public static DecisiveInputs For(DeclarationGraph graph, Dossier dossier, CohortFigures? cohort, ReadOnlySpan<NodeResult?> results)
    {
        var search = t_search is { } last && last._graph == graph ? last : t_search = new DecisiveInputs(graph);
        search.Start(dossier, cohort, results);
        return search;
    }

    private void Start(Dossier dossier, CohortFigures? cohort, ReadOnlySpan<NodeResult?> results)
    {
        _dossier = dossier;
        _cohort = cohort;
        results.CopyTo(_original);
        Outcomes(_original, _baseline);
        _jointOf = null;
        _scopeIsOriginal = false;
    }

    /// <summary>
    /// True when some value of the input gives another outcome, the other unknowns staying unknown, or with the
    /// <paramref name="others"/> fixed to one of a few joint values.
    /// </summary>
    public bool IsDecisive(InputNode input, bool undecided, IReadOnlyList<InputNode> others)
    {
        var sides = _plan.Sides(input);
        if (sides is null)
        {
            return undecided;
        }

        // No outcome reads anything downstream of the input: no value of it, alone or with the others', moves one.
        var cone = _plan.Cone(input);
        if (cone.Length == 0)
        {
            return false;
        }

        if (!_scopeIsOriginal)
        {
            _scope.Load(_dossier, _cohort, _original);
            _scopeIsOriginal = true;
        }

        var alone = TryEach(input, cone, sides.Count, _baseline);
        PutBack(input, cone, _original);
        if (alone)
        {
            return true;
        }

        if (!AnyOtherFixable(input, others))
        {
            return false;
        }

        _scopeIsOriginal = false;
        for (var pick = 0; pick < Picks; pick++)
        {
            _scope.Load(_dossier, _cohort, Joint(others, pick));
            _scope.Set(_original[input.Id]!);
            EvaluateCone(cone);
            Outcomes(_scope.Results, _withOthers);
            if (TryEach(input, cone, sides.Count, _withOthers))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some assessment date on either side of a criterion's from/until gives another outcome.</summary>
    public bool IsDateDecisive()
    {
        var dates = _graph.Criteria.Select(c => c.Declaration)
            .SelectMany(c => new[] { c.From?.AddDays(-1), c.From, c.Until, c.Until?.AddDays(1) })
            .OfType<DateOnly>().Distinct();
        _scopeIsOriginal = false;
        foreach (var date in dates)
        {
            // The dossier itself changes: every node an outcome reads is evaluated again.
            _scope.Reset(_dossier with { AssessmentDate = date }, _cohort);
            foreach (var node in _graph.Nodes)
            {
                if (_plan.IsRelevant(node.Id))
                {
                    _scope.Evaluate(node);
                }
            }

            if (!Same(_scope.Results, _baseline))
            {
                return true;
            }
        }

        return false;
    }

    // Each value of the input in turn, its cone evaluated on what the scope holds; true at the first other outcome.
    // The cone's frontier (DecisivePlan.Frontier) decides the rest of it: a value whose frontier results equal those
    // of a value already tried, or of the input's own result the scope holds now (which gave the expected outcomes),
    // gives the expected outcomes again, so the rest of the cone is not evaluated for it.
    private bool TryEach(InputNode input, int[] cone, int values, string[] expected)
    {
        var frontier = _plan.Frontier(input);
        var seen = 0;
        if (frontier > 0)
        {
            Remember(cone, frontier, seen++);
        }

        if (_base.Length < cone.Length)
        {
            Array.Resize(ref _base, cone.Length);
        }

        var results = _scope.Results;
        for (var j = 0; j < cone.Length; j++)
        {
            _base[j] = results[cone[j]]!;
        }

        var decisive = false;
        _dirty[input.Id] = true;
        for (var i = 0; i < values && !decisive; i++)
        {
            _scope.Set(_plan.Pin(input, i));
            Propagate(cone, 0, frontier);
            if (frontier > 0 && Seen(cone, frontier, seen))
            {
                continue;
            }

            Propagate(cone, frontier, cone.Length);
            decisive = AnyClassificationDirty() && !Same(_scope.Results, expected);
            if (frontier > 0)
            {
                Remember(cone, frontier, seen++);
            }
        }

        _dirty[input.Id] = false;
        foreach (var id in cone)
        {
            _dirty[id] = false;
        }

        return decisive;
    }

    // Evaluates cone[from..to) where something read differs from the results before the trial (_base), marking what
    // then differs; a node whose reads are all as before keeps its result from before the trial.
    private void Propagate(int[] cone, int from, int to)
    {
        var nodes = _graph.Nodes;
        for (var j = from; j < to; j++)
        {
            var node = nodes[cone[j]];
            if (ReadsDirty(node))
            {
                _dirty[node.Id] = !SameResult.Of(_scope.Evaluate(node), _base[j]);
            }
            else
            {
                _scope.Set(_base[j]);
                _dirty[node.Id] = false;
            }
        }
    }

    private bool AnyClassificationDirty()
    {
        foreach (var classification in _graph.Classifications)
        {
            if (_dirty[classification.Id])
            {
                return true;
            }
        }

        return false;
    }

    private void Evaluate(int[] cone, int from, int to)
    {
        var nodes = _graph.Nodes;
        for (var i = from; i < to; i++)
        {
            _scope.Evaluate(nodes[cone[i]]);
        }
    }

    private void Remember(int[] cone, int frontier, int slot)
    {
        if (_seen.Length < (slot + 1) * frontier)
        {
            Array.Resize(ref _seen, Math.Max(_seen.Length * 2, (slot + 1) * frontier));
        }

        var results = _scope.Results;
        for (var i = 0; i < frontier; i++)
        {
            _seen[(slot * frontier) + i] = results[cone[i]]!;
        }
    }

    private bool Seen(int[] cone, int frontier, int count)
    {
        var results = _scope.Results;
        for (var slot = 0; slot < count; slot++)
        {
            var all = true;
            for (var i = 0; i < frontier && all; i++)
            {
                all = SameResult.Of(results[cone[i]]!, _seen[(slot * frontier) + i]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private void EvaluateCone(int[] cone)
    {
        var nodes = _graph.Nodes;
        foreach (var id in cone)
        {
            _scope.Evaluate(nodes[id]);
        }
    }

    private void PutBack(InputNode input, int[] cone, NodeResult?[] from)
    {
        _scope.Set(from[input.Id]!);
        foreach (var id in cone)
        {
            _scope.Set(from[id]!);
        }
    }

    private bool AnyOtherFixable(InputNode input, IReadOnlyList<InputNode> others)
    {
        foreach (var other in others)
        {
            if (other != input && _plan.Sides(other) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The results with every unknown of <paramref name="others"/> that has values to try pinned to its pick, made once per dossier and pick.</summary>
    private NodeResult?[] Joint(IReadOnlyList<InputNode> others, int pick)
    {
        if (!ReferenceEquals(_jointOf, others))
        {
            Array.Clear(_jointMade);
            _jointOf = others;
        }

        if (_jointMade[pick])
        {
            return _joint[pick];
        }

        _scope.Load(_dossier, _cohort, _original);
        Array.Clear(_dirty);
        foreach (var other in others)
        {
            if (_plan.Sides(other) is { } values)
            {
                _scope.Set(_plan.Pin(other, pick switch { 0 => 0, 1 => values.Count / 2, _ => values.Count - 1 }));
                _dirty[other.Id] = true;
            }
        }

        foreach (var node in _graph.Nodes)
        {
            if (!_dirty[node.Id] && _plan.IsRelevant(node.Id) && ReadsDirty(node))
            {
                // Marked only when the result differs from the original: what reads it alone then keeps its result.
                _dirty[node.Id] = !SameResult.Of(_scope.Evaluate(node), _original[node.Id]!);
            }
        }

        Array.Clear(_dirty);

        _scope.Results.CopyTo(_joint[pick]);
        _jointMade[pick] = true;
        return _joint[pick];
    }

    private bool ReadsDirty(DeclarationNode node)
    {
        foreach (var read in node.Reads)
        {
            if (_dirty[read.Id])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every classification's outcome as text (a rubric may have several named ones).</summary>
    private void Outcomes(ReadOnlySpan<NodeResult?> results, string[] into)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = Outcome(results, i);
        }
    }

    private bool Same(ReadOnlySpan<NodeResult?> results, string[] expected)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (!string.Equals(Outcome(results, i), expected[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private string Outcome(ReadOnlySpan<NodeResult?> results, int classification) =>
        results[_graph.Classifications[classification].Id]!.Value?.ToDisplayString() ?? "";
}
