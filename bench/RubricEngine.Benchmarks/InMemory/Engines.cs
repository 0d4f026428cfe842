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

    /// <summary>The variable that limits a report to some engines: <c>RUBRIC_BENCH_ENGINES=compiled</c> or <c>nrules,compiled</c>.</summary>
    public const string Variable = "RUBRIC_BENCH_ENGINES";

    /// <summary>The engine names a report runs: those of <see cref="Variable"/>, or null (every engine) when it is unset or empty.</summary>
    public static IReadOnlySet<string>? FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>A comma-separated list of engine names; an unknown name fails, so a typo does not measure nothing.</summary>
    public static IReadOnlySet<string>? Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return null;
        }

        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Where(n => All.All(e => e.Name != n)).ToList();
        return unknown.Count == 0
            ? names
            : throw new ArgumentException($"{Variable}: unknown engine {string.Join(", ", unknown)} (known: {string.Join(", ", All.Select(e => e.Name))})", nameof(list));
    }
}
