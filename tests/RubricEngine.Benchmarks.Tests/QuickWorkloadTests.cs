using System.Text.RegularExpressions;
using RubricEngine.Benchmarks.Quick;
using RubricEngine.Benchmarks.Workloads;

namespace RubricEngine.Benchmarks.Tests;

/// <summary>Runs every catalogued workload at tiny sizes, so the benchmark code cannot rot.</summary>
public partial class QuickWorkloadTests
{
    [Fact]
    public void QuickRun_TinySizes_PrintsOneWellFormedLinePerWorkloadAndSize()
    {
        var output = new StringWriter();
        QuickRunner.Run(WorkloadCatalog.All, output, _ => [20], TimeSpan.Zero);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(WorkloadCatalog.All.Count, lines.Length);
        foreach (var line in lines)
        {
            Assert.Matches(LinePattern(), line.TrimEnd('\r'));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RunEngine_TinySize_AgreesWithBaseline(string name)
    {
        var workload = WorkloadCatalog.All.Single(w => w.Name == name);
        var run = workload.Prepare(30);
        Assert.Equal(run.RunBaseline(), run.RunEngine());
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var workload in WorkloadCatalog.All)
        {
            data.Add(workload.Name);
        }

        return data;
    }

    [GeneratedRegex(@"^workload=[a-z0-9_]+ n=\d+(x\d+)? engine_ms=\d+\.\d{3} baseline_ms=\d+\.\d{3} ratio=\d+\.\d{2} alloc_bytes_per_fact=\d+$")]
    private static partial Regex LinePattern();
}
