using System.Globalization;
using RubricEngine.Benchmarks.Quick;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Model.Text;
using RubricEngine.Records;
using RubricEngine.Records.Recording;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Benchmarks.Workloads.Recording;

/// <summary>
/// <c>screen --record</c> on SQLite against plain screening, both as the CLI does them: the same generated GIB batch,
/// decided with traces and each decision's JSON Lines line rendered on the worker that decided it (what
/// <c>screen --format jsonl</c> writes, and what <c>--record</c> stores), once drained (the baseline) and once
/// recorded into a fresh store (the engine side). Both sides return the bytes of the lines they produced, which must
/// be equal. The extra line gives both throughputs and the recording overhead, whose target is at most 30 %.
/// </summary>
public sealed class RecordingWorkload : IWorkload
{
    public string Name => "record_sqlite";

    public IReadOnlyList<int> QuickSizes { get; } = [100_000];

    public IWorkloadRun Prepare(int size) => new RecordingRun(size);
}

/// <summary>One size of <see cref="RecordingWorkload"/>.</summary>
public sealed class RecordingRun(int size) : IWorkloadRun, IReportsThroughput
{
    // As the CLI: plain screening renders the lines, recording also has the workers render each dossier's canonical content.
    private readonly Screener screener = Screener.Create(ShippedRubrics.Load("gib.rubric"), new ScreenerOptions { RenderJsonLines = true });
    private readonly Screener recordingScreener = Screener.Create(ShippedRubrics.Load("gib.rubric"), new ScreenerOptions { RenderJsonLines = true, RenderDossierContent = true });
    private readonly string rubricText = File.ReadAllText(Path.Combine(ShippedRubrics.RepositoryRoot(), "rubrics", "gib.rubric"));

    public string SizeLabel => size.ToString(CultureInfo.InvariantCulture);

    public int FactCount => size;

    // Of the last recorded run: bytes the process wrote to files (Linux /proc/self/io, -1 elsewhere) and the store's size.
    private long writtenBytes = -1;
    private long storeBytes;

    // The least process CPU time (every thread: screening, builds, writer, GC) of any run of each side: on a shared
    // machine a run's CPU time moves far less with the load than its wall time does.
    private TimeSpan engineCpu = TimeSpan.MaxValue;
    private TimeSpan baselineCpu = TimeSpan.MaxValue;

    /// <summary>Screens and records the batch in a new SQLite store; returns the bytes of the decision lines recorded.</summary>
    public long RunEngine()
    {
        var cpuBefore = ProcessCpu();
        var bytes = Record();
        engineCpu = Min(engineCpu, ProcessCpu() - cpuBefore);
        return bytes;
    }

    /// <summary>Screens the same batch and drains its lines: the throughput recording is measured against.</summary>
    public long RunBaseline()
    {
        var cpuBefore = ProcessCpu();
        var bytes = Drain();
        baselineCpu = Min(baselineCpu, ProcessCpu() - cpuBefore);
        return bytes;
    }

    private long Record()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rubric-bench-records", Guid.NewGuid().ToString("N"));
        var writtenBefore = WrittenBytes();
        try
        {
            long bytes = 0;
            using (var store = DecisionStore.Open(Path.Combine(folder, "store.db"), create: true).Value
                ?? throw new InvalidOperationException("cannot create the benchmark store"))
            using (var recorder = store.StartRun(new RunStart(recordingScreener, "gib.rubric", rubricText, ["generated"])))
            {
                var started = DateTimeOffset.UtcNow;
                long decided = 0;
                foreach (var item in recordingScreener.ScreenBatch(Reads()))
                {
                    recorder.Record(item);
                    decided += item.Decision is null ? 0 : 1;
                    bytes += item.JsonLine?.Length ?? 0;
                }

                var summary = new ScreeningSummary((int)decided, size - (int)decided, 0);
                recorder.Complete(new ScreeningEnvelope(recordingScreener.Identity, summary, started, DateTimeOffset.UtcNow, recordingScreener.WorkerThreads, recordingScreener.Options.Engine));
            }

            // Closed: the last checkpoint is in the figure, as it is in the time.
            writtenBytes = writtenBefore < 0 ? -1 : WrittenBytes() - writtenBefore;
            storeBytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
            return bytes;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private long Drain()
    {
        long bytes = 0;
        foreach (var item in screener.ScreenBatch(Reads()))
        {
            bytes += item.JsonLine?.Length ?? 0;
        }

        return bytes;
    }

    public string Report(double engineMs, double baselineMs) => string.Create(CultureInfo.InvariantCulture,
        $"workload=record_sqlite n={size} plain_dossiers_per_s={size / (baselineMs / 1000):F0} recorded_dossiers_per_s={size / (engineMs / 1000):F0} overhead_pct={(1 - (baselineMs / engineMs)) * 100:F1} target_pct=30 plain_cpu_us_per_dossier={CpuMicroseconds(baselineCpu):F1} recorded_cpu_us_per_dossier={CpuMicroseconds(engineCpu):F1} cpu_overhead_pct={(1 - (baselineCpu / engineCpu)) * 100:F1} threads={screener.WorkerThreads} written_kb_per_dossier={writtenBytes / 1024.0 / size:F1} store_kb_per_dossier={storeBytes / 1024.0 / size:F1} load={LoadAverage()}");

    /// <summary>
    /// Bytes this process has caused to be written to storage (Linux), or -1. The store's fsyncs (WAL checkpoints under
    /// <c>synchronous=NORMAL</c>) make each of them wait for the disk, so on a slow disk this bounds the recorded rate.
    /// </summary>
    private static long WrittenBytes() => File.Exists("/proc/self/io")
        ? File.ReadLines("/proc/self/io").Where(l => l.StartsWith("write_bytes:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.AsSpan("write_bytes:".Length).Trim(), CultureInfo.InvariantCulture)).FirstOrDefault(-1)
        : -1;

    private double CpuMicroseconds(TimeSpan cpu) => cpu.TotalMicroseconds / size;

    private static TimeSpan ProcessCpu()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private IEnumerable<DossierReadResult> Reads() =>
        GibDossiers.Generate(size).Select(d => new DossierReadResult(d, d.Id, [], SourceSpan.None));
}
