namespace RubricEngine.Rete;

/// <summary>
/// End of a rule: every token reaching it is a full match (an activation). Its memory holds all current
/// matches, fired or not; unfired ones are also on the agenda.
/// </summary>
internal sealed class TerminalNode(RuleDefinition rule, int declarationOrder) : BetaNode(new CrossIndex(false), [])
{
    public RuleDefinition Rule { get; } = rule;

    /// <summary>Position of the rule in the rule set as given to the compiler.</summary>
    public int DeclarationOrder { get; } = declarationOrder;

    /// <summary>Position of the rule when sorted by salience (descending) then declaration order.</summary>
    public int Rank { get; set; }

    public override string Kind => "Rule";

    public override string Label => Rule.Salience == 0 ? Rule.Name : $"{Rule.Name} (salience {Rule.Salience})";

    public override object CreateMemory() => new TokenBucket(this);

    public override long MemorySize(object memory) => ((TokenBucket)memory).Count;

    public override void LeftActivate(Session session, Token token)
    {
        ((TokenBucket)session.MemoryOf(this)).Add(token);
        session.CountNode(Id, true);
        if (Rule.Action is not null)
        {
            session.Agenda.Add(token);
        }

        session.Events.RaiseActivation(ActivationEventKind.Created, this, token);
    }

    public override void LeftRetract(Session session, Token token)
    {
        token.Bucket!.Remove(token);
        if (token.HeapIndex >= 0)
        {
            session.Agenda.Remove(token);
        }

        session.Events.RaiseActivation(ActivationEventKind.Deleted, this, token);
        session.ReleaseJustifications(token);
    }

    public override void RightActivate(Session session, FactHandle fact)
    {
    }

    public override void RightRetract(Session session, FactHandle fact)
    {
    }
}
