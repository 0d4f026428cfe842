namespace RubricEngine.Rete;

/// <summary>A node of the compiled network. Nodes are immutable once compiled and shared by all sessions.</summary>
internal abstract class ReteNode
{
    private readonly List<string> ruleNames = [];

    /// <summary>Unique id within the network, used for counters, events and the graph.</summary>
    public int Id { get; set; } = -1;

    public abstract string Kind { get; }

    public abstract string Label { get; }

    /// <summary>Names of the rules that use this node (shared alpha nodes serve several).</summary>
    public IReadOnlyList<string> RuleNames => ruleNames;

    public void AddRule(string name)
    {
        if (ruleNames.Count == 0 || ruleNames[^1] != name)
        {
            ruleNames.Add(name);
        }
    }

    public override string ToString() => $"{Kind}#{Id} {Label}";
}
