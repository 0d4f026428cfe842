namespace RubricEngine.Rete;

/// <summary>A node of the alpha network, which tests single facts. Children are shared by equal prefixes.</summary>
internal abstract class AlphaNode : ReteNode
{
    private readonly Dictionary<string, AlphaNode> childByKey = new(StringComparer.Ordinal);

    public List<AlphaNode> Children { get; } = [];

    public abstract void Activate(Session session, FactHandle fact);

    /// <summary>Finds the child with this sharing key, or adds the one <paramref name="create"/> makes.</summary>
    public T GetOrAdd<T>(string key, Func<T> create)
        where T : AlphaNode
    {
        if (!childByKey.TryGetValue(key, out var child))
        {
            child = create();
            childByKey.Add(key, child);
            Children.Add(child);
        }

        return (T)child;
    }

    protected void Propagate(Session session, FactHandle fact)
    {
        var children = Children;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].Activate(session, fact);
        }
    }
}

/// <summary>Entry of the alpha network for one declared fact type.</summary>
internal sealed class TypeNode(Type type) : AlphaNode
{
    public Type FactType { get; } = type;

    public override string Kind => "Type";

    public override string Label => FactType.Name;

    public override void Activate(Session session, FactHandle fact)
    {
        session.CountNode(Id, true);
        Propagate(session, fact);
    }
}

/// <summary>Tests one condition that is not a hashable equality.</summary>
internal sealed class SelectionNode(Func<object, bool> test, string text) : AlphaNode
{
    public override string Kind => "Select";

    public override string Label => text;

    public override void Activate(Session session, FactHandle fact)
    {
        var passed = test(fact.Fact);
        session.CountNode(Id, passed);
        if (session.Events.TracesConditions)
        {
            session.Events.RaiseCondition(this, text, [fact.Fact], passed);
        }

        if (passed)
        {
            Propagate(session, fact);
        }
    }
}

/// <summary>End of an alpha chain: records itself on the fact and feeds the beta nodes that use it.</summary>
internal sealed class AlphaMemory(string label) : AlphaNode
{
    public List<BetaNode> Successors { get; } = [];

    public override string Kind => "AlphaMemory";

    public override string Label => label;

    public override void Activate(Session session, FactHandle fact)
    {
        session.CountNode(Id, true);
        session.CountMemory(Id, 1);
        fact.AddAlphaMemory(this);
        var successors = Successors;
        for (var i = 0; i < successors.Count; i++)
        {
            successors[i].RightActivate(session, fact);
        }
    }

    public void Retract(Session session, FactHandle fact)
    {
        session.CountMemory(Id, -1);
        var successors = Successors;
        for (var i = 0; i < successors.Count; i++)
        {
            successors[i].RightRetract(session, fact);
        }
    }
}
