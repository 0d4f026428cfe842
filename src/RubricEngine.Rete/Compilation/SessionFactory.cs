namespace RubricEngine.Rete;

/// <summary>
/// A compiled rule set. Immutable and thread-safe: create one per rule set and any number of sessions
/// from it, on any threads. Creating a session allocates only its empty memories.
/// </summary>
public sealed class SessionFactory
{
    internal SessionFactory(Network network, IReadOnlyList<RuleDefinition> rules)
    {
        Network = network;
        Rules = rules;
    }

    /// <summary>The rules, in declaration order.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Number of nodes in the network.</summary>
    public int NodeCount => Network.NodeCount;

    internal Network Network { get; }

    /// <summary>Creates an empty session.</summary>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <returns>The session.</returns>
    public Session CreateSession(SessionOptions? options = null) => new(Network, options);

    /// <summary>The network as a Graphviz DOT graph: alpha nodes, memories, beta nodes and rules.</summary>
    /// <returns>The DOT text.</returns>
    public string ToDot() => DotExporter.Export(Network);
}
