using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RubricEngine.Benchmarks.EndToEnd;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Benchmarks.InMemory;

/// <summary>
/// In memory, N dossiers per rubric (Yeda, GIB, EU Taxonomy) made before any timing, screened through
/// <see cref="Screener.ScreenBatch"/> on each engine with full decisions and traces: dossiers per second and bytes
/// allocated per dossier (every thread). For Yeda also the decision JSON bytes, engine against the hand-written
/// <see cref="YedaDecisionWriter"/>, side by side in one run and checked equal.
/// <c>--report inmemory [N] [THREADS]</c>; prints <c>workload=inmem_*</c> lines.
/// </summary>
public static class InMemoryReport
{
    public static void Run(TextWriter output, int size, int threads, int passes = 2)
    {
        ArgumentNullException.ThrowIfNull(output);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# in memory, {size} dossiers per rubric, {threads} threads, {DateTime.UtcNow:yyyy-MM-ddTHH:mmZ}, load {load}"));
        // RUBRIC_BENCH_CASES=eu,yeda and RUBRIC_BENCH_ENGINES=compiled limit the run (a before/after comparison of one case).
        var only = Environment.GetEnvironmentVariable("RUBRIC_BENCH_CASES")?.Split(',');
        var engines = Engines.FromEnvironment();
        foreach (var (name, file, dossiers) in Cases(size, name => only is null || only.Contains(name)))
        {

            var rubric = ShippedRubrics.Load(file);
            foreach (var (engine, options) in Engines.All.Where(e => engines is null || engines.Contains(e.Name)))
            {
                var screener = Screener.Create(rubric, options with { Threads = threads });
                var (perSecond, allocated) = Measure(() => Decide(screener, dossiers), size, passes);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"workload=inmem_{name} engine={engine} n={size} threads={threads} dossiers_per_s={perSecond:F0} alloc_bytes_per_dossier={allocated:F0}"));
                if (name == "yeda")
                {
                    YedaBytes(output, screener, engine, dossiers, threads, passes);
                    YedaFluent(output, screener, engine, dossiers, threads, passes, perSecond);
                }

                output.Flush();
            }
        }
    }

    private static void YedaBytes(TextWriter output, Screener screener, string engine, Dossier[] dossiers, int threads, int passes)
    {
        long engineHash = 0, handHash = 0;
        var (enginePerSecond, engineAllocated) = Measure(() => engineHash = EngineBytes(screener, dossiers), dossiers.Length, passes);
        var (handPerSecond, handAllocated) = Measure(() => handHash = HandWrittenBytes(screener.Identity.Hash, dossiers, threads), dossiers.Length, passes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"workload=inmem_yeda_bytes engine={engine} n={dossiers.Length} threads={threads} engine_dossiers_per_s={enginePerSecond:F0} handwritten_dossiers_per_s={handPerSecond:F0} ratio={handPerSecond / enginePerSecond:F2} engine_alloc_bytes_per_dossier={engineAllocated:F0} handwritten_alloc_bytes_per_dossier={handAllocated:F0} same_bytes={(engineHash == handHash ? "yes" : "NO")}"));
    }

    // The engine's decisions against the hand-written NRules Fluent rules (FluentPeer/), which yield only the
    // outcome and the total: every dossier's outcome and total are checked equal in an untimed pass.
    private static void YedaFluent(TextWriter output, Screener screener, string engine, Dossier[] dossiers, int threads, int passes, double enginePerSecond)
    {
        var peer = new FluentPeer.YedaFluentPeer();
        var (peerPerSecond, peerAllocated) = Measure(() => peer.DecideAll(dossiers, threads).Length, dossiers.Length, passes);
        var mismatches = FluentMismatches(screener, peer.DecideAll(dossiers, threads), dossiers);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"workload=inmem_yeda_fluent engine={engine} n={dossiers.Length} threads={threads} engine_dossiers_per_s={enginePerSecond:F0} fluent_dossiers_per_s={peerPerSecond:F0} ratio={peerPerSecond / enginePerSecond:F2} fluent_alloc_bytes_per_dossier={peerAllocated:F0} mismatches={mismatches}"));
    }

    /// <summary>The dossiers whose engine outcome or total differs from the Fluent rules' (streamed: the decisions are not kept).</summary>
    public static int FluentMismatches(Screener screener, FluentPeer.YedaOutcome[] peer, Dossier[] dossiers)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(peer);
        var mismatches = 0;
        var i = 0;
        foreach (var item in screener.ScreenBatch(Reads(dossiers)))
        {
            var decision = item.Decision;
            if (decision is null || decision.Outcome != peer[i].Outcome || decision.Score?.Value != peer[i].Total || peer[i].Project.Id != decision.DossierId)
            {
                mismatches++;
            }

            i++;
        }

        return mismatches + Math.Abs(dossiers.Length - i);
    }

    /// <summary>Every decision of the batch, counted: the figure of the engine alone.</summary>
    public static long Decide(Screener screener, Dossier[] dossiers)
    {
        ArgumentNullException.ThrowIfNull(screener);
        long decided = 0;
        foreach (var item in screener.ScreenBatch(Reads(dossiers)))
        {
            decided += item.Decision is null ? 0 : 1;
        }

        return decided;
    }

    /// <summary>The engine's decisions as JSON bytes (written on the consuming thread, as the CLI writes them), hashed.</summary>
    public static long EngineBytes(Screener screener, Dossier[] dossiers)
    {
        ArgumentNullException.ThrowIfNull(screener);
        long hash = 0;
        var buffer = new ArrayBufferWriter<byte>(16 << 10);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var item in screener.ScreenBatch(Reads(dossiers)))
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            DecisionJson.Write(json, item.Decision!);
            json.Flush();
            hash += Fnv(buffer.WrittenSpan);
        }

        return hash;
    }

    /// <summary>The hand-written evaluator's bytes, dossiers split into one contiguous slice per thread, hashed.</summary>
    public static long HandWrittenBytes(string rubricHash, Dossier[] dossiers, int threads)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        long hash = 0;
        var per = (dossiers.Length + threads - 1) / threads;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var panel = new YedaPanel();
            using var writer = new YedaDecisionWriter(rubricHash);
            var buffer = new ArrayBufferWriter<byte>(16 << 10);
            long mine = 0;
            for (var i = t * per; i < Math.Min((t + 1) * per, dossiers.Length); i++)
            {
                buffer.ResetWrittenCount();
                panel.Read(dossiers[i]);
                writer.Write(panel, buffer);
                mine += Fnv(buffer.WrittenSpan);
            }

            Interlocked.Add(ref hash, mine);
        });
        return hash;
    }

    private static (double PerSecond, double AllocatedPerDossier) Measure(Func<long> run, int size, int passes)
    {
        run(); // warm-up: tiered JIT reaches optimised code
        var best = double.MaxValue;
        double allocated = 0;
        for (var i = 0; i < passes; i++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            run();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)size;
        }

        return (size / best, allocated);
    }

    /// <summary>The dossiers of each rubric, made before timing: generated (Yeda, GIB) or the shipped samples repeated under new ids (EU).</summary>
    public static IEnumerable<(string Name, string File, Dossier[] Dossiers)> Cases(int size, Func<string, bool>? wanted = null)
    {
        wanted ??= _ => true;
        // 10,000 distinct panels at most, repeated under new ids: a million-panel array would not fit beside the other jobs.
        if (wanted("yeda"))
        {
            yield return ("yeda", "yeda.rubric", Repeat([.. YedaDossiers.Generate(Math.Min(size, 10_000))], size));
        }

        if (wanted("gib"))
        {
            yield return ("gib", "gib.rubric", [.. GibDossiers.Generate(size)]);
        }

        if (wanted("eu"))
        {
            yield return ("eu", "eu-taxonomy.rubric", Repeat(Samples("eu-taxonomy.rubric", "eu-taxonomy"), size));
        }
    }

    private static Dossier[] Samples(string rubricFile, string folder)
    {
        var screener = Screener.Create(ShippedRubrics.Load(rubricFile));
        var reader = screener.CreateReader(YamlDossierReader.Read);
        return [.. reader.Read([Path.Combine(ShippedRubrics.RepositoryRoot(), "samples", folder)]).Where(r => r.Dossier is not null).Select(r => r.Dossier!)];
    }

    private static Dossier[] Repeat(Dossier[] distinct, int size) =>
        [.. Enumerable.Range(0, size).Select(i => i < distinct.Length ? distinct[i] : distinct[i % distinct.Length] with { Id = string.Create(CultureInfo.InvariantCulture, $"{distinct[i % distinct.Length].Id}~{i}") })];

    /// <summary>Dossiers as a reader hands them to <see cref="Screener.ScreenBatch"/>.</summary>
    public static IEnumerable<DossierReadResult> Reads(IEnumerable<Dossier> dossiers) =>
        dossiers.Select(d => new DossierReadResult(d, d.Id, ImmutableArray<Model.Diagnostics.Diagnostic>.Empty, SourceSpan.None));

    private static long Fnv(ReadOnlySpan<byte> bytes)
    {
        var hash = unchecked((long)14695981039346656037UL);
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * 1099511628211L);
        }

        return hash;
    }
}
