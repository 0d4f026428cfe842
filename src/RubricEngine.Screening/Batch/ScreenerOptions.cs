using RubricEngine.Screening.Graph;

namespace RubricEngine.Screening.Batch;

/// <summary>Which engine schedules the rubric's declaration graph. Both give byte-identical decisions, traces included.</summary>
public enum ScreeningEngine
{
    /// <summary>The rubric compiled into an NRules rule set (provided by the RubricEngine.NRules library).</summary>
    NRules,

    /// <summary>The graph evaluated in order, each node compiled to delegates once per rubric: the fastest batch path.</summary>
    Compiled,
}

/// <summary>How a <see cref="Screener"/> works.</summary>
public sealed record ScreenerOptions
{
    /// <summary>
    /// The engine; <see cref="ScreeningEngine.Compiled"/> by default. <see cref="ScreeningEngine.NRules"/> needs the
    /// options of the RubricEngine.NRules library, which plug its engine in.
    /// </summary>
    public ScreeningEngine Engine { get; init; } = ScreeningEngine.Compiled;

    /// <summary>Whether decisions carry the trace; turn off only for benchmarks.</summary>
    public bool RecordTrace { get; init; } = true;

    /// <summary>The worker threads of a batch; 0 means one per core.</summary>
    public int Threads { get; init; }

    /// <summary>
    /// Whether a batch also writes each decision as a JSON Lines line (<see cref="ScreeningItem.JsonLine"/>) on the
    /// worker that decided it, so that a batch written as JSON Lines is serialised in parallel instead of on the one
    /// thread that consumes the batch. Off by default.
    /// </summary>
    public bool RenderJsonLines { get; init; }

    /// <summary>
    /// Whether a batch also writes each decided dossier's canonical content (<see cref="ScreeningItem.DossierContent"/>)
    /// on the worker that decided it: what a decision store keeps to replay the decision, written in parallel instead of
    /// by the recorder. Off by default.
    /// </summary>
    public bool RenderDossierContent { get; init; }

    /// <summary>The engine plugged in from outside this library (the NRules engine); null for the compiled engine.</summary>
    internal IDecisionEngineFactory? EngineFactory { get; init; }

    /// <summary>The factory for <see cref="Engine"/>.</summary>
    internal IDecisionEngineFactory ResolveFactory() => EngineFactory switch
    {
        { } factory when factory.Kind == Engine => factory,
        null when Engine == ScreeningEngine.Compiled => CompiledEngineFactory.Instance,
        _ => throw new InvalidOperationException(
            $"No {Engine} engine is plugged in: the NRules engine comes with the RubricEngine.NRules library, whose options set it up."),
    };
}
