namespace RubricEngine.Benchmarks.Workloads;

/// <summary>The one list of workloads. Add a workload here and it runs in quick mode, BenchmarkDotNet and the rot test.</summary>
public static class WorkloadCatalog
{
    public static IReadOnlyList<IWorkload> All { get; } =
    [
        new Screening.ScreeningWorkload(Screening.ScreeningCase.Yeda),
        new Screening.ScreeningWorkload(Screening.ScreeningCase.YedaNRules),
        new Screening.ScreeningWorkload(Screening.ScreeningCase.Gib),
        new Recording.RecordingWorkload(),
        new Impact.ImpactWorkload(),
    ];
}
