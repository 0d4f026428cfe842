using RubricEngine.NRules.Engine;
using RubricEngine.Screening.Batch;

namespace RubricEngine.NRules;

/// <summary>Selects the NRules engine for a <see cref="Screening.Screener"/>.</summary>
public static class NRulesScreening
{
    /// <summary>
    /// These options with the NRules engine plugged in (<see cref="ScreeningEngine.NRules"/>): the rubric is
    /// compiled into an NRules rule set and every dossier is decided by an NRules session.
    /// </summary>
    public static ScreenerOptions WithNRules(this ScreenerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with { Engine = ScreeningEngine.NRules, EngineFactory = NRulesEngineFactory.Instance };
    }

    /// <summary>
    /// Options for the engine named on a command line: <c>nrules</c> (the default: the design) or <c>compiled</c>
    /// (the graph evaluated directly, the fastest batch path). Both give byte-identical decisions.
    /// </summary>
    public static ScreenerOptions ForEngine(this ScreenerOptions options, string engine)
    {
        ArgumentNullException.ThrowIfNull(options);
        return engine switch
        {
            "nrules" => options.WithNRules(),
            "compiled" => options with { Engine = ScreeningEngine.Compiled, EngineFactory = null },
            _ => throw new ArgumentException($"Unknown engine '{engine}': use nrules or compiled.", nameof(engine)),
        };
    }

    /// <summary>The engine names <see cref="ForEngine"/> accepts, the default first.</summary>
    public static IReadOnlyList<string> EngineNames { get; } = ["nrules", "compiled"];
}
