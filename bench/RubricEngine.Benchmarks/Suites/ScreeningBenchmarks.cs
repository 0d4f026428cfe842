using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RubricEngine.Benchmarks.Workloads.Screening;

namespace RubricEngine.Benchmarks.Suites;

/// <summary>
/// Screening at the full batch sizes of the issue (10,000 and 100,000 dossiers), engine against the hand-written
/// evaluator. One batch takes seconds, so each iteration is a single batch and there are only a few.
/// Run with <c>-- --filter '*ScreeningBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ScreeningBenchmarks
{
    private ScreeningRun run = null!;

    [Params("screen_yeda", "screen_yeda_nrules", "screen_gib")]
    public string Rubric { get; set; } = "screen_yeda";

    [Params(10_000, 100_000)]
    public int Dossiers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        run = new ScreeningRun(new[] { ScreeningCase.Yeda, ScreeningCase.YedaNRules, ScreeningCase.Gib }.Single(c => c.Name == Rubric), Dossiers);
        var check = run.Check();
        if (check.Mismatches.Count > 0)
        {
            throw new InvalidOperationException($"{Rubric}: engine and evaluator disagree on {check.Mismatches.Count} dossiers, first {check.Mismatches[0]}.");
        }
    }

    [Benchmark]
    public long Engine() => run.RunEngine();

    [Benchmark(Baseline = true)]
    public long Baseline() => run.RunBaseline();
}
