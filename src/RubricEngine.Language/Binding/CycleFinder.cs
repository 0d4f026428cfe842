namespace RubricEngine.Language.Binding;

/// <summary>Finds the cycles of a dependency graph: one per strongly connected component (Tarjan), as a readable path.</summary>
internal sealed class CycleFinder
{
    private readonly Func<string, IEnumerable<string>> _edges;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _low = new(StringComparer.Ordinal);
    private readonly Stack<string> _stack = new();
    private readonly HashSet<string> _onStack = new(StringComparer.Ordinal);
    private readonly List<HashSet<string>> _components = [];

    private CycleFinder(Func<string, IEnumerable<string>> edges) => _edges = edges;

    /// <summary>Each cycle as a path from its first node (in <paramref name="nodes"/> order) back to itself.</summary>
    public static IEnumerable<IReadOnlyList<string>> Find(IReadOnlyList<string> nodes, Func<string, IEnumerable<string>> edges)
    {
        var finder = new CycleFinder(edges);
        foreach (var node in nodes)
        {
            if (!finder._index.ContainsKey(node))
            {
                finder.Connect(node);
            }
        }

        foreach (var component in finder._components)
        {
            var start = nodes.First(component.Contains);
            if (component.Count > 1 || edges(start).Contains(start))
            {
                yield return PathWithin(component, start, edges);
            }
        }
    }

    private void Connect(string node)
    {
        _index[node] = _low[node] = _index.Count;
        _stack.Push(node);
        _onStack.Add(node);
        foreach (var next in _edges(node))
        {
            if (!_index.TryGetValue(next, out var nextIndex))
            {
                Connect(next);
                _low[node] = Math.Min(_low[node], _low[next]);
            }
            else if (_onStack.Contains(next))
            {
                _low[node] = Math.Min(_low[node], nextIndex);
            }
        }

        if (_low[node] == _index[node])
        {
            var component = new HashSet<string>(StringComparer.Ordinal);
            string member;
            do
            {
                member = _stack.Pop();
                _onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);
            _components.Add(component);
        }
    }

    /// <summary>The shortest path from start back to start inside the component (breadth first).</summary>
    private static List<string> PathWithin(HashSet<string> component, string start, Func<string, IEnumerable<string>> edges)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in edges(node).Where(component.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = node; at != start; at = previous[at])
                    {
                        path.Insert(1, at);
                    }

                    path.Add(start);
                    return path;
                }

                if (previous.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [start, start];
    }
}
