using System.Collections.Concurrent;

namespace RubricEngine.Rete;

/// <summary>The compiled, immutable network shared by all sessions of a factory.</summary>
internal sealed class Network
{
    private readonly ConcurrentDictionary<Type, TypeNode[]> typeNodesByRuntimeType = new();
    private readonly Dictionary<string, TerminalNode> terminals;

    public Network(List<ReteNode> nodes, List<TypeNode> typeNodes, List<BetaNode> betaNodes, List<TerminalNode> terminalNodes)
    {
        Nodes = nodes;
        TypeNodes = typeNodes;
        BetaNodes = betaNodes;
        Terminals = terminalNodes;
        RootedNodes = [.. betaNodes.Where(n => n.Parent is null && n is ExistsNode or AggregateNode)];
        terminals = terminalNodes.ToDictionary(t => t.Rule.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<ReteNode> Nodes { get; }

    public int NodeCount => Nodes.Count;

    public IReadOnlyList<TypeNode> TypeNodes { get; }

    public IReadOnlyList<BetaNode> BetaNodes { get; }

    public IReadOnlyList<TerminalNode> Terminals { get; }

    /// <summary>First nodes of rules that start with not, exists or an aggregate: they need the root token.</summary>
    public IReadOnlyList<BetaNode> RootedNodes { get; }

    public TerminalNode Terminal(string ruleName) => terminals.TryGetValue(ruleName, out var terminal)
        ? terminal
        : throw new ArgumentException($"No rule is named '{ruleName}'.", nameof(ruleName));

    /// <summary>The type nodes a fact of <paramref name="runtimeType"/> enters (its type, base types, interfaces).</summary>
    public TypeNode[] TypeNodesFor(Type runtimeType)
        => typeNodesByRuntimeType.GetOrAdd(runtimeType, static (type, all) => [.. all.Where(n => n.FactType.IsAssignableFrom(type))], TypeNodes);
}
