using System.Runtime.CompilerServices;
using RubricEngine.Model.Collections;
using RubricEngine.Rete;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Engine;

/// <summary>
/// Per-session state that rule actions need but the shared, thread-safe rule set cannot hold: whether to
/// trace, and what the firing action concluded, which the trace reads when the engine reports the firing.
/// </summary>
internal sealed class SessionState
{
    private static readonly ConditionalWeakTable<Session, SessionState> States = [];

    public bool Tracing { get; init; }

    /// <summary>
    /// For batch sessions, the facts the rules derived, by dossier and by the slot of the rule that produced
    /// them (each rule produces one declaration): reading them here is much cheaper than querying the session.
    /// A rule that fires again for the same dossier replaces its entry. Null for what-if sessions, whose facts
    /// come and go and are read by query.
    /// </summary>
    public Dictionary<(int Dossier, int Slot), ScopedFact>? Produced { get; init; }

    /// <summary>What the action that is firing concluded: its result word, value and the conditions it tested.</summary>
    public (string Result, string? Value, ValueArray<TraceCondition> Conditions) Pending { get; set; }

    /// <summary>The seeded evaluation rule actions reuse, one per session (sessions are single-threaded).</summary>
    public Evaluation.DossierEvaluation? Evaluation { get; set; }

    public static SessionState Of(Session session) =>
        States.TryGetValue(session, out var state) ? state : throw new InvalidOperationException("The session was not opened by the screener.");

    public static void Attach(Session session, SessionState state) => States.AddOrUpdate(session, state);
}
