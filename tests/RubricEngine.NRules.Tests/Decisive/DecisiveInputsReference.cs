using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Evaluation;
using RubricEngine.Screening.Graph;

namespace RubricEngine.NRules.Tests.Decisive;

/// <summary>
/// The decisive-missing search as it was before it evaluated only cones: kept as the plain reference the engine's
/// search must equal (<see cref="DecisiveSearchReferenceTests"/>). Which unknown inputs could still change the outcome. Kleene logic is monotone: a definite verdict stays
/// definite whatever an unknown turns out to be, so only a value that turns some unknown into a definite
/// result can move the outcome. Each unknown input is set, alone, to each of its <see cref="SideValues"/>
/// (the others stay unknown) and the nodes downstream of it are evaluated again on the compiled graph; the
/// input is decisive when some value gives another outcome. Unknowns that only decide together (the two
/// operands of a ratio, the indicators of one weighted mean) show nothing alone, so an input not found decisive
/// is tried again with the other unknowns fixed to a few joint values. A list input has no
/// single value to try: it is decisive when the outcome is undecided. Runs only for dossiers with unknown
/// inputs, after either engine, on the graph's own node semantics, so both engines give the same lists.
/// </summary>
internal sealed class DecisiveInputsReference
{
    private readonly DeclarationGraph _graph;
    private readonly Dossier _dossier;
    private readonly CohortFigures? _cohort;
    private readonly NodeResult?[] _original;
    private readonly NodeScope _scope;
    private readonly bool[] _dirty;

    public DecisiveInputsReference(DeclarationGraph graph, Dossier dossier, CohortFigures? cohort, ReadOnlySpan<NodeResult?> results)
    {
        _graph = graph;
        _dossier = dossier;
        _cohort = cohort;
        _original = results.ToArray();
        _scope = new NodeScope(graph, recordConditions: false);
        _dirty = new bool[graph.Nodes.Count];
    }

    /// <summary>
    /// True when some value of the input gives another outcome, the other unknowns staying unknown, or with the
    /// <paramref name="others"/> fixed to one of a few joint values (their first, middle and last values to try).
    /// </summary>
    public bool IsDecisive(InputNode input, bool undecided, IReadOnlyList<InputNode> others)
    {
        var sides = _graph.Sides.Of(input);
        if (sides is null)
        {
            return undecided;
        }

        var baseline = Outcomes(_original);
        if (sides.Any(value => Outcome(_dossier, [(input, value)]) != baseline))
        {
            return true;
        }

        var fixable = others.Where(o => o != input && _graph.Sides.Of(o) is not null).ToList();
        if (fixable.Count == 0)
        {
            return false;
        }

        foreach (var pick in Picks)
        {
            var pins = fixable.Select(o => _graph.Sides.Of(o)! is var values ? (o, pick(values)) : default).ToList();
            var withOthers = Outcome(_dossier, pins);
            if (sides.Any(value => Outcome(_dossier, [.. pins, (input, value)]) != withOthers))
            {
                return true;
            }
        }

        return false;
    }

    // Joint values for the other unknowns: each takes its first, middle or last value to try.
    private static readonly Func<IReadOnlyList<Value>, Value>[] Picks = [v => v[0], v => v[v.Count / 2], v => v[^1]];

    /// <summary>True when some assessment date on either side of a criterion's from/until gives another outcome.</summary>
    public bool IsDateDecisive()
    {
        var dates = _graph.Criteria.Select(c => c.Declaration)
            .SelectMany(c => new[] { c.From?.AddDays(-1), c.From, c.Until, c.Until?.AddDays(1) })
            .OfType<DateOnly>().Distinct();
        var baseline = Outcomes(_original);
        return dates.Any(date => Outcome(_dossier with { AssessmentDate = date }, []) != baseline);
    }

    /// <summary>
    /// The outcome with the given inputs pinned to values: what depends on them is evaluated again, everything when
    /// nothing is pinned (the dossier itself changed), the rest is kept from the original results.
    /// </summary>
    private string Outcome(Dossier dossier, List<(InputNode Input, Value Value)> pins)
    {
        _scope.Reset(dossier, _cohort);
        foreach (var node in _graph.Nodes)
        {
            var pin = IndexOf(pins, node);
            if (pin >= 0)
            {
                _dirty[node.Id] = true;
                var value = pins[pin].Value;
                _scope.Set(new NodeResult(node, value, [], null) { Input = new ResolvedInput(node.Name, value, [], null, null) });
                continue;
            }

            _dirty[node.Id] = pins.Count == 0 || ReadsDirty(node);
            if (_dirty[node.Id])
            {
                _scope.Evaluate(node);
            }
            else
            {
                _scope.Set(_original[node.Id]!);
            }
        }

        return Outcomes(_scope.Results);
    }

    /// <summary>Every classification's outcome, as one text to compare (a rubric may have several named ones).</summary>
    private string Outcomes(ReadOnlySpan<NodeResult?> results)
    {
        var outcomes = new string[_graph.Classifications.Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = results[_graph.Classifications[i].Id]!.Value?.ToDisplayString() ?? "";
        }

        return string.Join('\n', outcomes);
    }

    private static int IndexOf(List<(InputNode Input, Value Value)> pins, DeclarationNode node)
    {
        for (var i = 0; i < pins.Count; i++)
        {
            if (pins[i].Input == node)
            {
                return i;
            }
        }

        return -1;
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
}
