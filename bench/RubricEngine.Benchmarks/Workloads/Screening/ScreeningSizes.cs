using System.Globalization;

namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>
/// Batch sizes of the screening workloads in quick mode. The default keeps the whole quick run under two
/// minutes on two cores; <c>RUBRIC_BENCH_SCREENING_SIZES=10000,100000</c> asks for the full-size batches.
/// </summary>
public static class ScreeningSizes
{
    public const string Variable = "RUBRIC_BENCH_SCREENING_SIZES";

    public static IReadOnlyList<int> Quick { get; } = FromEnvironment() ?? [2_000, 20_000];

    private static int[]? FromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture))];
    }
}
