namespace RubricEngine.Rete;

/// <summary>What happened to a fact.</summary>
public enum FactEventKind
{
    /// <summary>Inserted.</summary>
    Inserted,

    /// <summary>Updated.</summary>
    Updated,

    /// <summary>Retracted.</summary>
    Retracted,
}

/// <summary>What happened to an activation.</summary>
public enum ActivationEventKind
{
    /// <summary>A new match.</summary>
    Created,

    /// <summary>A match no longer holds.</summary>
    Deleted,

    /// <summary>The action is about to run.</summary>
    Firing,

    /// <summary>The action has run.</summary>
    Fired,
}

/// <summary>A fact event.</summary>
/// <param name="kind">What happened.</param>
/// <param name="fact">The fact (for an update, the new version).</param>
/// <param name="oldFact">For an update, the previous version.</param>
/// <param name="isLogical">Whether the fact is held only by truth maintenance.</param>
/// <param name="rule">The rule whose action caused the event, or null for the caller.</param>
public sealed class FactEventArgs(FactEventKind kind, object fact, object? oldFact, bool isLogical, string? rule) : EventArgs
{
    /// <summary>What happened.</summary>
    public FactEventKind Kind { get; } = kind;

    /// <summary>The fact (for an update, the new version).</summary>
    public object Fact { get; } = fact;

    /// <summary>For an update, the previous version.</summary>
    public object? OldFact { get; } = oldFact;

    /// <summary>Whether the fact is held only by truth maintenance.</summary>
    public bool IsLogical { get; } = isLogical;

    /// <summary>The rule whose action caused the event, or null when the caller did.</summary>
    public string? Rule { get; } = rule;
}

/// <summary>An activation event.</summary>
/// <param name="kind">What happened.</param>
/// <param name="match">The match.</param>
public sealed class ActivationEventArgs(ActivationEventKind kind, IMatch match) : EventArgs
{
    /// <summary>What happened.</summary>
    public ActivationEventKind Kind { get; } = kind;

    /// <summary>The match.</summary>
    public IMatch Match { get; } = match;

    /// <summary>The rule matched.</summary>
    public RuleDefinition Rule => Match.Rule;
}

/// <summary>A condition evaluated by a node on concrete inputs.</summary>
/// <param name="nodeId">The node's id in <see cref="SessionFactory.ToDot"/> and the statistics.</param>
/// <param name="nodeKind">The node's kind.</param>
/// <param name="condition">The condition as text, captured values inlined.</param>
/// <param name="inputs">The facts the condition saw (earlier entries first, the tested fact last).</param>
/// <param name="result">The outcome.</param>
/// <param name="rules">The rules that use the node.</param>
public sealed class ConditionEventArgs(int nodeId, string nodeKind, string condition, IReadOnlyList<object?> inputs, bool result,
    IReadOnlyList<string> rules) : EventArgs
{
    /// <summary>The node's id.</summary>
    public int NodeId { get; } = nodeId;

    /// <summary>The node's kind (Select, Equals, Join, Not, Exists, Aggregate).</summary>
    public string NodeKind { get; } = nodeKind;

    /// <summary>The condition as text.</summary>
    public string Condition { get; } = condition;

    /// <summary>The inputs.</summary>
    public IReadOnlyList<object?> Inputs { get; } = inputs;

    /// <summary>The outcome.</summary>
    public bool Result { get; } = result;

    /// <summary>The rules that use the node.</summary>
    public IReadOnlyList<string> Rules { get; } = rules;
}
