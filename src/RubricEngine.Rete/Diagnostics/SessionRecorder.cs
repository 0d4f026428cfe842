using System.Globalization;

namespace RubricEngine.Rete;

/// <summary>Kinds of recorded caller operations.</summary>
public enum TraceOperationKind
{
    /// <summary>Insert.</summary>
    Insert,

    /// <summary>Update.</summary>
    Update,

    /// <summary>Retract.</summary>
    Retract,

    /// <summary>Fire.</summary>
    Fire,
}

/// <summary>A caller operation: what to do again on replay.</summary>
/// <param name="Kind">The operation.</param>
/// <param name="Fact">The fact (new version for an update); null for fire.</param>
/// <param name="OldFact">For an update, the held version.</param>
/// <param name="MaxFirings">For fire, the bound.</param>
public sealed record TraceOperation(TraceOperationKind Kind, object? Fact, object? OldFact, int MaxFirings);

/// <summary>One event as text, in the order raised.</summary>
/// <param name="Kind">Event kind (FactInserted, ActivationCreated, RuleFired, ConditionEvaluated, ...).</param>
/// <param name="Rule">The rule concerned, if any.</param>
/// <param name="Text">What happened, with the facts involved.</param>
public sealed record TraceEvent(string Kind, string? Rule, string Text);

/// <summary>
/// Records a session's caller operations and every event it raises. Stop it with <see cref="Dispose"/>;
/// the <see cref="Trace"/> can be replayed on a new session to check it reproduces the same events.
/// </summary>
public sealed class SessionRecorder : IDisposable
{
    private readonly Session session;
    private readonly List<TraceOperation> operations = [];
    private readonly List<TraceEvent> events = [];

    internal SessionRecorder(Session session)
    {
        this.session = session;
        var e = session.Events;
        e.FactInserted += OnFact;
        e.FactUpdated += OnFact;
        e.FactRetracted += OnFact;
        e.ActivationCreated += OnActivation;
        e.ActivationDeleted += OnActivation;
        e.RuleFiring += OnActivation;
        e.RuleFired += OnActivation;
        e.ConditionEvaluated += OnCondition;
    }

    /// <summary>What was recorded so far.</summary>
    public SessionTrace Trace => new([.. operations], [.. events]);

    /// <summary>Stops recording.</summary>
    public void Dispose()
    {
        var e = session.Events;
        e.FactInserted -= OnFact;
        e.FactUpdated -= OnFact;
        e.FactRetracted -= OnFact;
        e.ActivationCreated -= OnActivation;
        e.ActivationDeleted -= OnActivation;
        e.RuleFiring -= OnActivation;
        e.RuleFired -= OnActivation;
        e.ConditionEvaluated -= OnCondition;
        session.StopRecording(this);
    }

    internal void Record(TraceOperationKind kind, object? fact, object? oldFact)
        => operations.Add(kind == TraceOperationKind.Fire
            ? new TraceOperation(kind, null, null, (int)fact!)
            : new TraceOperation(kind, fact, oldFact, 0));

    private void OnFact(object? sender, FactEventArgs e)
    {
        var text = e.OldFact is null ? $"{e.Fact}" : $"{e.OldFact} -> {e.Fact}";
        events.Add(new TraceEvent("Fact" + e.Kind, e.Rule, e.IsLogical ? text + " (logical)" : text));
    }

    private void OnActivation(object? sender, ActivationEventArgs e)
        => events.Add(new TraceEvent(e.Kind == ActivationEventKind.Firing || e.Kind == ActivationEventKind.Fired ? "Rule" + e.Kind : "Activation" + e.Kind,
            e.Rule.Name, string.Join(", ", e.Match.Entries.Select(x => x?.ToString() ?? "-"))));

    private void OnCondition(object? sender, ConditionEventArgs e)
        => events.Add(new TraceEvent("ConditionEvaluated", e.Rules.Count == 1 ? e.Rules[0] : null,
            string.Create(CultureInfo.InvariantCulture, $"node {e.NodeId} {e.Condition} on [{string.Join(", ", e.Inputs)}] = {e.Result}")));
}

/// <summary>A recorded session: operations in, events out.</summary>
/// <param name="Operations">The caller operations.</param>
/// <param name="Events">The events raised.</param>
public sealed record SessionTrace(IReadOnlyList<TraceOperation> Operations, IReadOnlyList<TraceEvent> Events)
{
    /// <summary>Runs the operations again on a new session of <paramref name="factory"/> and compares the events.</summary>
    /// <param name="factory">The factory (the same rule set, or a changed one to see what differs).</param>
    /// <returns>Whether the events are identical, and the first difference.</returns>
    public ReplayResult Replay(SessionFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var session = factory.CreateSession();
        using var recorder = session.StartRecording();
        foreach (var op in Operations)
        {
            try
            {
                switch (op.Kind)
                {
                    case TraceOperationKind.Insert: session.Insert(op.Fact!); break;
                    case TraceOperationKind.Update: session.Update(op.OldFact!, op.Fact!); break;
                    case TraceOperationKind.Retract: session.Retract(op.Fact!); break;
                    default: session.Fire(op.MaxFirings); break;
                }
            }
            catch (Exception ex) when (ex is FiringLimitExceededException or RuleActionException or InvalidOperationException)
            {
                // The original caller saw the same failure; the events up to it are what matter.
            }
        }

        var replayed = recorder.Trace.Events;
        var count = Math.Max(Events.Count, replayed.Count);
        for (var i = 0; i < count; i++)
        {
            var expected = i < Events.Count ? Events[i] : null;
            var actual = i < replayed.Count ? replayed[i] : null;
            if (expected != actual)
            {
                return new ReplayResult(false, i, expected, actual);
            }
        }

        return new ReplayResult(true, -1, null, null);
    }
}

/// <summary>The outcome of a replay.</summary>
/// <param name="Identical">Whether every event matched.</param>
/// <param name="FirstDifference">Index of the first differing event, or -1.</param>
/// <param name="Expected">The recorded event there.</param>
/// <param name="Actual">The replayed event there.</param>
public sealed record ReplayResult(bool Identical, int FirstDifference, TraceEvent? Expected, TraceEvent? Actual);
