namespace RubricEngine.Screening.Batch;

/// <summary>Which machinery decides dossiers. Both give the same decisions; they differ in speed and in what they support.</summary>
public enum ScreeningEngine
{
    /// <summary>The rubric compiled into rules of the Rete engine; traces come from the engine's events.</summary>
    Rules,

    /// <summary>The rubric's expressions evaluated directly: the fastest path, with an equivalent trace.</summary>
    Direct,
}

/// <summary>How a <see cref="Screener"/> works.</summary>
public sealed record ScreenerOptions
{
    /// <summary>The engine; <see cref="ScreeningEngine.Rules"/> by default.</summary>
    public ScreeningEngine Engine { get; init; } = ScreeningEngine.Rules;

    /// <summary>Whether decisions carry the trace; turn off only for benchmarks.</summary>
    public bool RecordTrace { get; init; } = true;

    /// <summary>The worker threads of a batch; 0 means one per core.</summary>
    public int Threads { get; init; }
}
