namespace RubricEngine.Rete;

/// <summary>A residual join condition: (this element's fact, an earlier entry) to bool.</summary>
internal sealed record JoinTest(int Distance, Func<object, object?, bool> Test, string Text);

/// <summary>
/// A node of the beta network: combines partial matches from the left (the previous node, or the root)
/// with facts from the right (an alpha memory). Beta nodes are not shared between rules, so every token
/// a node receives was produced by its one parent, and all children of a token come from one node.
/// </summary>
internal abstract class BetaNode(BetaIndex index, JoinTest[] tests) : ReteNode
{
    public BetaNode? Parent { get; set; }

    public BetaNode? Child { get; set; }

    /// <summary>Slot of this node's memory in a session.</summary>
    public int MemoryIndex { get; set; }

    public BetaIndex Index { get; } = index;

    public JoinTest[] Tests { get; } = tests;

    public AlphaMemory? Source { get; set; }

    /// <summary>The element's position in its rule (its level in a token).</summary>
    public int Level { get; set; }

    /// <summary>The fact type from the right input, then the join conditions: "Order where (o.CustomerId == c.Id)".</summary>
    public override string Label => Conditions.Length == 0 ? Source?.Label ?? string.Empty : $"{Source?.Label} where {Conditions}";

    /// <summary>The hashed equality and the residual tests, joined by &amp;&amp;.</summary>
    protected string Conditions => string.Join(" && ", new[] { Index.Label }.Concat(Tests.Select(t => t.Text)).OfType<string>());

    public virtual object CreateMemory() => Index.CreateMemory(this);

    public virtual long MemorySize(object memory) => Index.Size(memory);

    public abstract void LeftActivate(Session session, Token token);

    /// <summary>Called when a token in this node's left memory is deleted; its children are already gone.</summary>
    public virtual void LeftRetract(Session session, Token token) => Index.RemoveLeft(session.MemoryOf(this), token);

    public abstract void RightActivate(Session session, FactHandle fact);

    public abstract void RightRetract(Session session, FactHandle fact);

    /// <summary>Evaluates the residual join conditions for a candidate pair.</summary>
    protected bool Passes(Session session, Token? token, FactHandle fact)
    {
        var traced = session.Events.TracesConditions;
        if (traced && Index.Label is not null)
        {
            // The hashed equality held for every candidate the index returned.
            session.Events.RaiseCondition(this, Index.Label, Inputs(token, fact), true);
        }

        var tests = Tests;
        for (var i = 0; i < tests.Length; i++)
        {
            var test = tests[i];
            var passed = test.Test(fact.Fact, token!.EntryAt(test.Distance)?.Fact);
            if (traced)
            {
                session.Events.RaiseCondition(this, test.Text, Inputs(token, fact), passed);
            }

            if (!passed)
            {
                session.CountNode(Id, false);
                return false;
            }
        }

        session.CountNode(Id, true);
        return true;
    }

    private static object?[] Inputs(Token? token, FactHandle fact)
    {
        var inputs = new List<object?>();
        for (var t = token; t is not null; t = t.Parent)
        {
            if (t.Element is not null)
            {
                inputs.Insert(0, t.Element.Fact);
            }
        }

        inputs.Add(fact.Fact);
        return [.. inputs];
    }
}
