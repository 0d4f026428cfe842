using BenchmarkDotNet.Attributes;
using RubricEngine.Benchmarks.Workloads;

namespace RubricEngine.Benchmarks.Suites;

/// <summary>Every catalogued workload and quick size under BenchmarkDotNet, engine against baseline.</summary>
[MemoryDiagnoser]
public class WorkloadBenchmarks
{
    private IWorkloadRun run = null!;

    public static IEnumerable<string> Cases => WorkloadCatalog.All.SelectMany(w => w.QuickSizes.Select(s => FormattableString.Invariant($"{w.Name}:{s}")));

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var parts = Case.Split(':');
        var workload = WorkloadCatalog.All.Single(w => w.Name == parts[0]);
        run = workload.Prepare(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Benchmark]
    public long Engine() => run.RunEngine();

    [Benchmark(Baseline = true)]
    public long Baseline() => run.RunBaseline();
}
