using System.Diagnostics;
using System.Globalization;

namespace RubricEngine.Benchmarks.Quick;

/// <summary>
/// Quick mode: each workload and size measured side by side with its baseline in one process, one line each:
/// <c>workload=NAME n=SIZE engine_ms=X baseline_ms=Y ratio=X/Y alloc_bytes_per_fact=Z</c>.
/// Times are the best of several runs after a warm-up; allocations are of one engine run on this thread.
/// </summary>
public static class QuickRunner
{
    public static void Run(IEnumerable<Workloads.IWorkload> workloads, TextWriter output, Func<Workloads.IWorkload, IReadOnlyList<int>>? sizes = null,
        TimeSpan? budgetPerMeasure = null, TextWriter? reports = null)
    {
        ArgumentNullException.ThrowIfNull(workloads);
        ArgumentNullException.ThrowIfNull(output);
        var budget = budgetPerMeasure ?? TimeSpan.FromMilliseconds(400);
        foreach (var workload in workloads)
        {
            foreach (var size in sizes?.Invoke(workload) ?? workload.QuickSizes)
            {
                var run = workload.Prepare(size);
                var engineChecksum = run.RunEngine();
                var baselineChecksum = run.RunBaseline();
                if (engineChecksum != baselineChecksum)
                {
                    throw new InvalidOperationException($"{workload.Name} n={run.SizeLabel}: engine gave {engineChecksum}, baseline {baselineChecksum}.");
                }

                // Warm up long enough for tiered JIT to reach optimised code, as BenchmarkDotNet would.
                Best(run.RunEngine, budget);
                Best(run.RunBaseline, budget);
                var engineMs = Best(run.RunEngine, budget);
                var baselineMs = Best(run.RunBaseline, budget);
                var allocated = AllocatedBy(run.RunEngine);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"workload={workload.Name} n={run.SizeLabel} engine_ms={engineMs:F3} baseline_ms={baselineMs:F3} ratio={engineMs / Math.Max(baselineMs, 1e-6):F2} alloc_bytes_per_fact={allocated / (double)run.FactCount:F0}"));
                output.Flush();
                if (reports is not null && run is IReportsThroughput extra)
                {
                    reports.WriteLine(extra.Report(engineMs, baselineMs));
                    reports.Flush();
                }
            }
        }
    }

    private static double Best(Func<long> action, TimeSpan budget)
    {
        var best = double.MaxValue;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < 200 && (i < 3 || total.Elapsed < budget); i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static long AllocatedBy(Func<long> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
