namespace RubricEngine.Rete;

/// <summary>Per-node counters.</summary>
public sealed partial class Session
{
    /// <summary>
    /// Counters for every node. Evaluations, matches and alpha memory sizes are counted only when the
    /// session was created with <see cref="SessionOptions.CollectNodeCounters"/>; beta memory sizes
    /// (tokens and facts held) are always reported.
    /// </summary>
    /// <returns>One entry per node, by id.</returns>
    public IReadOnlyList<NodeStatistics> GetNodeStatistics()
    {
        var result = new List<NodeStatistics>(network.NodeCount);
        foreach (var node in network.Nodes)
        {
            var evaluations = counters?[node.Id * 3] ?? 0;
            var matches = counters?[(node.Id * 3) + 1] ?? 0;
            long size = node switch
            {
                BetaNode beta when memories[beta.MemoryIndex] is { } memory => beta.MemorySize(memory),
                AlphaMemory => counters?[(node.Id * 3) + 2] ?? 0,
                _ => 0,
            };
            result.Add(new NodeStatistics(node.Id, node.Kind, node.Label, evaluations, matches, size));
        }

        return result;
    }
}
