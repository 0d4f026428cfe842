using RubricEngine.Model.Values;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// What the decisive-missing search (<see cref="DecisiveInputs"/>) needs of a graph, made once per graph: for each
/// input, its cone (the nodes downstream of it that some classification depends on, in node order: the only nodes
/// whose results can move an outcome when the input takes another value), the values to try for it and, for each,
/// the input's result pinned to that value. Immutable and thread-safe once built.
/// </summary>
internal sealed class DecisivePlan
{
    private readonly bool[] _relevant;
    private readonly int[]?[] _cones;
    private readonly int[] _frontiers;
    private readonly IReadOnlyList<Value>?[] _sides;
    private readonly NodeResult[]?[] _pins;

    public DecisivePlan(DeclarationGraph graph)
    {
        var nodes = graph.Nodes;

        // A node matters to an outcome when a classification reads it, directly or through other nodes.
        var relevant = new bool[nodes.Count];
        foreach (var classification in graph.Classifications)
        {
            relevant[classification.Id] = true;
        }

        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            if (relevant[i])
            {
                foreach (var read in nodes[i].Reads)
                {
                    relevant[read.Id] = true;
                }
            }
        }

        _relevant = relevant;
        _cones = new int[]?[nodes.Count];
        _frontiers = new int[nodes.Count];
        _sides = new IReadOnlyList<Value>?[nodes.Count];
        _pins = new NodeResult[]?[nodes.Count];
        var dirty = new bool[nodes.Count];
        foreach (var input in graph.Inputs)
        {
            Array.Clear(dirty);
            dirty[input.Id] = true;
            var cone = new List<int>();
            for (var i = input.Id + 1; i < nodes.Count; i++)
            {
                foreach (var read in nodes[i].Reads)
                {
                    if (dirty[read.Id])
                    {
                        dirty[i] = true;
                        break;
                    }
                }

                if (dirty[i] && relevant[i])
                {
                    cone.Add(i);
                }
            }

            _cones[input.Id] = [.. cone];
            _frontiers[input.Id] = FrontierLength(input, cone, nodes);
            var sides = graph.Sides.Of(input);
            _sides[input.Id] = sides;
            _pins[input.Id] = sides is null ? null : [.. sides.Select(value => Pinned(input, value))];
        }
    }

    /// <summary>True when some classification reads the node, directly or through other nodes (classifications included).</summary>
    public bool IsRelevant(int nodeId) => _relevant[nodeId];

    /// <summary>The ids of the nodes an outcome may see change when the input changes, in node order (the input itself not included).</summary>
    public int[] Cone(InputNode input) => _cones[input.Id]!;

    /// <summary>
    /// How many of the cone's first nodes read the input directly, when every node of the cone that does comes
    /// before every node that does not (0 otherwise). Those nodes read nothing else of the cone but each other, so
    /// their results decide the rest of the cone: two values of the input that give them equal results give the
    /// same outcome.
    /// </summary>
    public int Frontier(InputNode input) => _frontiers[input.Id];

    /// <summary>The values to try for the input (<see cref="SideValues"/>), or null for a list input.</summary>
    public IReadOnlyList<Value>? Sides(InputNode input) => _sides[input.Id];

    /// <summary>The input's result with the value <c>Sides(input)[index]</c>, as if the dossier had stated it without evidence.</summary>
    public NodeResult Pin(InputNode input, int index) => _pins[input.Id]![index];

    private static int FrontierLength(InputNode input, List<int> cone, IReadOnlyList<DeclarationNode> nodes)
    {
        var leading = 0;
        while (leading < cone.Count && nodes[cone[leading]].Reads.Contains(input))
        {
            leading++;
        }

        for (var i = leading; i < cone.Count; i++)
        {
            if (nodes[cone[i]].Reads.Contains(input))
            {
                return 0;
            }
        }

        return leading;
    }

    private static NodeResult Pinned(InputNode input, Value value) =>
        new(input, value, [], null) { Input = new ResolvedInput(input.Name, value, [], null, null) };
}
