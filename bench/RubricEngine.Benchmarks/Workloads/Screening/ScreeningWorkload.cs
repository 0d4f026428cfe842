namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>
/// A shipped rubric screened over a generated batch through <see cref="RubricEngine.Screening.Screener.ScreenBatch"/>
/// (rules engine, no trace, all cores, streamed), against its hand-written evaluator run the same way.
/// </summary>
public sealed class ScreeningWorkload(ScreeningCase screening) : IWorkload
{
    public string Name => screening.Name;

    public IReadOnlyList<int> QuickSizes => screening.QuickSizes;

    public IWorkloadRun Prepare(int size) => new ScreeningRun(screening, size);
}
