using RubricEngine.NRules;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Benchmarks.InMemory;

/// <summary>The engines the in-memory and cohort reports measure, by the names the CLI's <c>--engine</c> takes.</summary>
public static class Engines
{
    public static IReadOnlyList<(string Name, ScreenerOptions Options)> All { get; } =
    [
        ("nrules", new ScreenerOptions().WithNRules()),
        ("compiled", new ScreenerOptions { Engine = ScreeningEngine.Compiled }),
    ];
}
