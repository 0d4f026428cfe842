using System.Diagnostics;
using System.Globalization;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Cli;
using RubricEngine.Cli.Commands;
using RubricEngine.Language.Dossiers;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Benchmarks.RankedOutput;

/// <summary>
/// Quick-mode memory of the ranked text formats (table, json, csv), written by the CLI's own ScreenOutput (the
/// HTML report is a folder of pages, measured through the CLI by <see cref="HtmlReport.HtmlReportBenchmark"/>):
/// one line per format and size, <c>workload=ranked_memory format=F n=N peak_working_set_mb=W peak_gc_heap_mb=H
/// seconds=S output_mb=O</c>. The decisions are the Yeda samples' decisions under fresh ids, made on the fly,
/// so only the output side is measured; a sampler thread reads the working set and GC heap every 20 ms. Sizes run
/// in ascending order in one process: flat means the peak does not grow with n.
/// </summary>
public static class RankedMemoryReport
{
    public static void Run(TextWriter output, IReadOnlyList<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rubric = ShippedRubrics.Load("yeda.rubric");
        var screener = Screener.Create(rubric);
        var samples = screener.ScreenAll(screener.CreateReader(YamlDossierReader.Read).Read([Path.Combine(ShippedRubrics.RepositoryRoot(), "samples", "yeda")]))
            .Items.Where(i => i.Decision is not null).ToArray();
        foreach (var format in new[] { "table", "json", "csv" })
        {
            foreach (var n in sizes)
            {
                output.WriteLine(Measure(rubric, samples, format, n));
                output.Flush();
            }
        }
    }

    private static string Measure(Model.Rubrics.Rubric rubric, ScreeningItem[] samples, string format, int n)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var sink = new CountingWriter();
        using var sampler = new PeakSampler();
        var watch = Stopwatch.StartNew();
        var console = new CliConsole(sink, TextWriter.Null);
        ScreenOutput.Write(console, new ScreenRequest("yeda.rubric", [], format, null, "en", 1), rubric, Items(samples, n));
        var seconds = watch.Elapsed.TotalSeconds;
        var (workingSet, heap) = sampler.Stop();
        return string.Create(CultureInfo.InvariantCulture,
            $"workload=ranked_memory format={format} n={n} peak_working_set_mb={workingSet / 1048576.0:F1} peak_gc_heap_mb={heap / 1048576.0:F1} seconds={seconds:F1} output_mb={sink.Characters / 1048576.0:F1}");
    }

    private static IEnumerable<ScreeningItem> Items(ScreeningItem[] samples, int n)
    {
        for (var i = 0; i < n; i++)
        {
            var sample = samples[i % samples.Length];
            yield return sample with { Decision = sample.Decision! with { DossierId = string.Create(CultureInfo.InvariantCulture, $"D{(i * 7919L) % n:D7}-{i}") } };
        }
    }

    /// <summary>Counts what is written and keeps none of it.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public long Characters { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Characters++;

        public override void Write(string? value) => Characters += value?.Length ?? 0;

        public override void Write(char[] buffer, int index, int count) => Characters += count;

        public override void Write(ReadOnlySpan<char> buffer) => Characters += buffer.Length;
    }

    /// <summary>Polls the process's working set and GC heap size until stopped, keeping the highest of each.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _workingSet;
        private long _heap;

        public PeakSampler()
        {
            _thread = new Thread(() =>
            {
                using var process = Process.GetCurrentProcess();
                while (!_stop)
                {
                    Sample(process);
                    Thread.Sleep(20);
                }

                Sample(process);
            }) { IsBackground = true };
            _thread.Start();
        }

        public (long WorkingSet, long Heap) Stop()
        {
            _stop = true;
            _thread.Join();
            return (_workingSet, _heap);
        }

        public void Dispose() => Stop();

        private void Sample(Process process)
        {
            process.Refresh();
            _workingSet = Math.Max(_workingSet, process.WorkingSet64);
            _heap = Math.Max(_heap, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
            _heap = Math.Max(_heap, GC.GetTotalMemory(false));
        }
    }
}
