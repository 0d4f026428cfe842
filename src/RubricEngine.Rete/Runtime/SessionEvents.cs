namespace RubricEngine.Rete;

/// <summary>
/// The events of one session. Every raise is guarded by a null check on the handler, and event
/// arguments are built only when someone listens, so an unobserved session pays nothing for them.
/// </summary>
public sealed class SessionEvents
{
    private readonly Session session;

    internal SessionEvents(Session session) => this.session = session;

    /// <summary>A fact was inserted (by the caller or by a rule).</summary>
    public event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>A fact was updated.</summary>
    public event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>A fact was retracted (explicitly, or by truth maintenance).</summary>
    public event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>A rule matched: a new activation exists.</summary>
    public event EventHandler<ActivationEventArgs>? ActivationCreated;

    /// <summary>A match no longer holds.</summary>
    public event EventHandler<ActivationEventArgs>? ActivationDeleted;

    /// <summary>A rule's action is about to run.</summary>
    public event EventHandler<ActivationEventArgs>? RuleFiring;

    /// <summary>A rule's action has run.</summary>
    public event EventHandler<ActivationEventArgs>? RuleFired;

    /// <summary>A condition was evaluated on concrete inputs. Subscribing makes the network report every test.</summary>
    public event EventHandler<ConditionEventArgs>? ConditionEvaluated;

    internal bool TracesConditions => ConditionEvaluated is not null;

    internal void RaiseFact(FactEventKind kind, FactHandle handle, object? oldFact, string? rule, object? newFact = null)
    {
        var handler = kind switch
        {
            FactEventKind.Inserted => FactInserted,
            FactEventKind.Updated => FactUpdated,
            _ => FactRetracted,
        };
        handler?.Invoke(session, new FactEventArgs(kind, newFact ?? handle.Fact, oldFact, !handle.Stated, rule));
    }

    internal void RaiseActivation(ActivationEventKind kind, TerminalNode terminal, Token token)
    {
        var handler = kind switch
        {
            ActivationEventKind.Created => ActivationCreated,
            ActivationEventKind.Deleted => ActivationDeleted,
            ActivationEventKind.Firing => RuleFiring,
            _ => RuleFired,
        };
        handler?.Invoke(session, new ActivationEventArgs(kind, new MatchView(terminal.Rule, token)));
    }

    internal void RaiseCondition(ReteNode node, string condition, object?[] inputs, bool result)
        => ConditionEvaluated?.Invoke(session, new ConditionEventArgs(node.Id, node.Kind, condition, inputs, result, node.RuleNames));
}
