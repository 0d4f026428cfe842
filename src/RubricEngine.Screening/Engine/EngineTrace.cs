using RubricEngine.Model.Collections;
using RubricEngine.Rete;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Engine;

/// <summary>
/// Builds each dossier's trace from the session's events: every rule firing becomes a step, in firing order,
/// with what its action concluded and the conditions it tested. When a what-if change makes a rule fire
/// again, its step is replaced in place, so the trace always describes the current state.
/// </summary>
internal sealed class EngineTrace
{
    private readonly Dictionary<int, List<TraceStep>> _steps = [];
    private readonly List<TraceStep> _global = [];
    private readonly SessionState _state;

    public EngineTrace(Session session)
    {
        _state = SessionState.Of(session);
        if (_state.Tracing)
        {
            // An unobserved session pays nothing for events, so subscribe only when a trace is wanted.
            session.Events.RuleFired += OnRuleFired;
        }
    }

    public ValueArray<TraceStep> For(int dossier)
    {
        if (_global.Count == 0 && !_steps.ContainsKey(dossier))
        {
            return []; // no trace recorded (batches for benchmarks), or nothing fired
        }

        var steps = _global.Concat(_steps.GetValueOrDefault(dossier) ?? []);
        return steps.Select((s, i) => s with { Step = i + 1 }).ToValueArray();
    }

    public void Forget(int dossier) => _steps.Remove(dossier);

    public void Clear()
    {
        _steps.Clear();
        _global.Clear();
    }

    private void OnRuleFired(object? sender, ActivationEventArgs e)
    {
        var (result, value, conditions) = _state.Pending;
        var step = new TraceStep(0, e.Rule.Name, result, value, conditions);
        var list = e.Match.Entries[0] is DossierFact dossier
            ? _steps.TryGetValue(dossier.Key, out var existing) ? existing : _steps[dossier.Key] = []
            : _global;
        var at = list.FindIndex(s => s.Rule == step.Rule);
        if (at >= 0)
        {
            list[at] = step;
        }
        else
        {
            list.Add(step);
        }
    }
}
