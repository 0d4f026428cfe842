using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using RubricEngine.Benchmarks.Quick;
using RubricEngine.Model.Text;
using RubricEngine.NRules;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>
/// One batch size of a screening workload. Both sides stream the same lazy dossiers in chunks over all cores,
/// in order, and count outcomes; the checksum is that count. Generating the dossiers (on the one thread that
/// reads the stream) is in both timings, so it caps both: the report prints its rate.
/// </summary>
public sealed class ScreeningRun : IWorkloadRun, IReportsThroughput
{
    private const int Chunk = 256;
    private readonly ScreeningCase screening;
    private readonly int size;
    private readonly Screener screener;

    public ScreeningRun(ScreeningCase screening, int size)
    {
        ArgumentNullException.ThrowIfNull(screening);
        this.screening = screening;
        this.size = size;
        screener = Screener.Create(ShippedRubrics.Load(screening.RubricFile), new ScreenerOptions { RecordTrace = false }.ForEngine(screening.Engine));
    }

    public string SizeLabel => size.ToString(CultureInfo.InvariantCulture);

    public int FactCount => size * screening.FactsPerDossier;

    public static int Threads => Environment.ProcessorCount;

    public long RunEngine() => EngineTally().Checksum();

    public long RunBaseline() => BaselineTally().Checksum();

    public OutcomeTally EngineTally()
    {
        var tally = new OutcomeTally();
        foreach (var item in screener.ScreenBatch(Reads()))
        {
            tally.Add(item.Decision?.Outcome ?? "failed");
        }

        return tally;
    }

    /// <summary>
    /// The hand-written evaluator in ordered chunks over all cores, like ScreenBatch, except that each worker takes
    /// one chunk at a time: PLINQ's default partitioning would read dozens of chunks ahead and hold them.
    /// </summary>
    public OutcomeTally BaselineTally()
    {
        var tally = new OutcomeTally();
        var outcomes = Partitioner.Create(screening.Generate(size).Chunk(Chunk), EnumerablePartitionerOptions.NoBuffering)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Threads)
            .Select(chunk => Array.ConvertAll(chunk, d => screening.Baseline(d)))
            .SelectMany(chunk => chunk);
        foreach (var outcome in outcomes)
        {
            tally.Add(outcome);
        }

        return tally;
    }

    /// <summary>
    /// One unmeasured engine pass that checks every dossier's outcome against the hand-written evaluator and
    /// samples memory as the batch streams.
    /// </summary>
    public BatchCheck Check()
    {
        var memory = new MemoryProbe();
        var tally = new OutcomeTally();
        var mismatches = new List<string>();
        var produced = new StrongBox<int>();
        int seen = 0, readAhead = 0;
        // The same seed gives the same dossiers, so a second generator pairs each item with its dossier even when
        // the screener failed it and dropped the dossier from the item.
        foreach (var (item, dossier) in screener.ScreenBatch(Reads(produced)).Zip(screening.Generate(size)))
        {
            readAhead = Math.Max(readAhead, Volatile.Read(ref produced.Value) - seen);
            var engine = item.Decision?.Outcome ?? "failed";
            var baseline = screening.Baseline(dossier);
            tally.Add(engine);
            if (engine != baseline)
            {
                mismatches.Add($"{item.Source.DossierId}:{engine}/{baseline}");
            }

            if (++seen % Chunk == 0 || seen == size)
            {
                memory.Sample();
            }

            if (seen == size)
            {
                // Measured before the stream ends, while everything it holds on to is still reachable.
                return new BatchCheck(tally, mismatches, readAhead, memory.PeakHeapBytes, memory.RetainedBytes(), memory.AllocatedBytes());
            }
        }

        return new BatchCheck(tally, mismatches, readAhead, memory.PeakHeapBytes, memory.RetainedBytes(), memory.AllocatedBytes());
    }

    /// <summary>Dossiers per second of the generator alone, on one thread: the ceiling of both sides' throughput.</summary>
    public double GeneratedPerSecond()
    {
        var watch = Stopwatch.StartNew();
        var count = screening.Generate(size).Count();
        return count / Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
    }

    public string Report(double engineMs, double baselineMs)
    {
        var check = Check();
        var generated = GeneratedPerSecond();
        const double MiB = 1024 * 1024;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"workload={screening.Name} n={size} engine_dossiers_per_s={PerSecond(engineMs):F0} baseline_dossiers_per_s={PerSecond(baselineMs):F0} ratio={engineMs / Math.Max(baselineMs, 1e-6):F2} threads={Threads} generate_dossiers_per_s={generated:F0} read_ahead_max={check.ReadAhead} heap_peak_mb={check.PeakHeapBytes / MiB:F1} heap_retained_mb={check.RetainedBytes / MiB:F1} alloc_bytes_per_dossier={check.AllocatedBytes / (double)size:F0} outcomes={check.Outcomes} mismatches={check.Mismatches.Count}");
        return check.Mismatches.Count == 0 ? line : line + " first=" + string.Join(',', check.Mismatches.Take(3));
    }

    private double PerSecond(double ms) => size / Math.Max(ms / 1000, 1e-9);

    /// <summary>The generated dossiers as a reader would hand them over; <paramref name="produced"/> counts them as they are pulled.</summary>
    private IEnumerable<DossierReadResult> Reads(StrongBox<int>? produced = null) =>
        screening.Generate(size).Select(d =>
        {
            if (produced is not null)
            {
                Interlocked.Increment(ref produced.Value);
            }

            return new DossierReadResult(d, d.Id, ImmutableArray<Model.Diagnostics.Diagnostic>.Empty, SourceSpan.None);
        });
}

/// <summary>What a checking pass found: the engine's outcomes, dossiers where the two sides disagree, and memory.</summary>
/// <param name="Outcomes">The engine's outcome counts.</param>
/// <param name="Mismatches">Each disagreement as <c>id:engine/baseline</c>.</param>
/// <param name="ReadAhead">The most dossiers pulled from the source but not yet handed out: what streaming holds.</param>
/// <param name="PeakHeapBytes">The highest managed heap sampled during the pass.</param>
/// <param name="RetainedBytes">Live bytes gained by the end of the stream.</param>
/// <param name="AllocatedBytes">Bytes allocated on all threads during the pass.</param>
public sealed record BatchCheck(OutcomeTally Outcomes, IReadOnlyList<string> Mismatches, int ReadAhead, long PeakHeapBytes, long RetainedBytes, long AllocatedBytes);
