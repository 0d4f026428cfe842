using System.Globalization;
using Xunit.Abstractions;

namespace RubricEngine.Screening.Tests.Scaling;

/// <summary>
/// Compares the work of one workload at two sizes, as a ratio of the bytes it allocates on this thread
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), never of time: a count of work that a busy machine cannot
/// change, so the ratio fails for a quadratic reader (every node, string, list and distance row it builds is counted;
/// a quadratic workload at 10x gives about 100x) but not for a noisy neighbour. Work that allocates nothing, such as
/// counting columns along a line, is counted where it happens (<c>LineIndexTests</c>).
/// </summary>
internal static class Cost
{
    /// <summary>The allocation of <paramref name="large"/> divided by that of <paramref name="small"/>; printed for the record.</summary>
    public static double Ratio(string name, Action small, Action large, ITestOutputHelper? output = null)
    {
        // One run of each first: type initialisers, caches and the JIT's own allocations belong to neither size.
        large();
        small();
        var (smallBytes, largeBytes) = (Allocated(small), Allocated(large));
        var ratio = largeBytes / (double)Math.Max(smallBytes, 1);
        output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: 10x input allocates {ratio:F1}x ({smallBytes:N0} -> {largeBytes:N0} bytes)"));
        return ratio;
    }

    private static long Allocated(Action run)
    {
        var start = GC.GetAllocatedBytesForCurrentThread();
        run();
        return GC.GetAllocatedBytesForCurrentThread() - start;
    }
}
