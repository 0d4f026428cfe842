namespace RubricEngine.Rete;

/// <summary>Options of one session.</summary>
public sealed class SessionOptions
{
    /// <summary>Count evaluations, matches and memory sizes per node (see <see cref="Session.GetNodeStatistics"/>).</summary>
    public bool CollectNodeCounters { get; init; }
}

/// <summary>Counters of one network node in one session.</summary>
/// <param name="NodeId">The node's id, as in the DOT graph.</param>
/// <param name="Kind">The node's kind.</param>
/// <param name="Label">The node's condition or name.</param>
/// <param name="Evaluations">Times the node tested a fact or a pair (0 unless counters are collected).</param>
/// <param name="Matches">Times the test passed (0 unless counters are collected).</param>
/// <param name="MemorySize">Facts and tokens held by the node now.</param>
public sealed record NodeStatistics(int NodeId, string Kind, string Label, long Evaluations, long Matches, long MemorySize);
