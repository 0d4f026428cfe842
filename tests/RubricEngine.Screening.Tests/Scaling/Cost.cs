using System.Globalization;
using Xunit.Abstractions;

namespace RubricEngine.Screening.Tests.Scaling;

/// <summary>
/// Compares the cost of one workload at two sizes, as a ratio (never an absolute time): the CPU time of this
/// thread (<see cref="ThreadClock"/>); best of three runs each, after a warm-up of each, so a
/// busy machine does not make linear code look quadratic. A quadratic workload at 10x gives about 100x.
/// </summary>
internal static class Cost
{
    /// <summary>
    /// The least of up to three <see cref="Ratio"/> measurements, stopping at the first within <paramref name="allowed"/>:
    /// a burst of load on a shared machine can spoil one measurement, but not three in a row.
    /// </summary>
    public static double LeastRatio(string name, Action small, Action large, double allowed, ITestOutputHelper? output = null)
    {
        var least = double.MaxValue;
        for (var attempt = 0; attempt < 3 && least > allowed; attempt++)
        {
            least = Math.Min(least, Ratio(name, small, large, output));
        }

        return least;
    }

    /// <summary>The cost of <paramref name="large"/> divided by the cost of <paramref name="small"/>; printed for the record.</summary>
    public static double Ratio(string name, Action small, Action large, ITestOutputHelper? output = null)
    {
        // Warm up both sizes (the JIT's tiers and on-stack replacement would otherwise bill the first runs), then
        // alternate, so a burst of load on the machine hits both sizes alike.
        large();
        small();
        var (bestSmall, bestLarge) = (double.MaxValue, double.MaxValue);
        for (var i = 0; i < 3; i++)
        {
            bestLarge = Math.Min(bestLarge, Measure(large));
            bestSmall = Math.Min(bestSmall, Measure(small));
        }

        var ratio = bestLarge / Math.Max(bestSmall, 1e-6);
        output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: 10x input costs {ratio:F1}x"));
        return ratio;
    }

    private static double Measure(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var start = ThreadClock.Seconds();
        run();
        return ThreadClock.Seconds() - start;
    }
}
