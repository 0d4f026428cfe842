using RubricEngine.Model.Dossiers;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Graph;

/// <summary>Decides one dossier at a time over a declaration graph; one instance per worker thread, never shared.</summary>
internal interface IDecisionEngine
{
    /// <summary>
    /// Decides a dossier. <paramref name="cohort"/> holds the batch's cohort figures for a cohort rubric
    /// (computed once per batch by <see cref="CohortFigures.Compute"/>), null otherwise.
    /// </summary>
    Decision Screen(Dossier dossier, CohortFigures? cohort);
}

/// <summary>
/// The seam through which an engine outside this project (the NRules engine) plugs in: a
/// <see cref="Batch.ScreenerOptions"/> carrying a factory uses it for every worker.
/// </summary>
internal interface IDecisionEngineFactory
{
    /// <summary>The engine's kind, as the run envelope reports it.</summary>
    Batch.ScreeningEngine Kind { get; }

    /// <summary>Prepares a rubric's graph for this engine, once per <see cref="Screener"/> (compiling its rules, say).</summary>
    IDecisionEngineSource Prepare(DeclarationGraph graph, RubricIdentity identity, bool recordTrace);
}

/// <summary>A rubric prepared for one engine: thread-safe, makes one engine per worker.</summary>
internal interface IDecisionEngineSource
{
    /// <summary>A new engine for one worker.</summary>
    IDecisionEngine CreateEngine();

    /// <summary>A live what-if engine over one dossier, or null to let <see cref="ScreeningSession"/> re-evaluate the graph itself.</summary>
    IWhatIfEngine? OpenWhatIf(Dossier dossier) => null;
}

/// <summary>An engine's live session over one dossier (the NRules engine's: a what-if change is an NRules update).</summary>
internal interface IWhatIfEngine
{
    /// <summary>The decision for the dossier as it stands.</summary>
    Decision Decision { get; }

    /// <summary>Rules of traced nodes fired by the last change, the first screening included.</summary>
    int LastFirings { get; }

    /// <summary>The traced nodes' results, one line per node in node order (<see cref="NodeResult.ToString"/>).</summary>
    IReadOnlyList<string> DerivedFacts { get; }

    /// <summary>Restates one input from <paramref name="changed"/>, the dossier after the change, and returns the new decision.</summary>
    Decision Update(InputNode input, Dossier changed);
}
