using System.Diagnostics;
using System.Globalization;
using RubricEngine.Benchmarks.EndToEnd;
using RubricEngine.Benchmarks.Workloads.Screening;

namespace RubricEngine.Benchmarks.HtmlReport;

/// <summary>
/// The HTML batch report as users make it: the CLI (<c>rubric screen --format html --out FOLDER</c>) on a generated
/// JSON Lines file of Yeda dossiers, one line per size:
/// <c>workload=html_report n=N seconds=S report_mb=R index_mb=I largest_page_kb=P pages=C peak_rss_mb=M load=L</c>.
/// The report's size is every file of the folder; peak memory is the CLI process's resident high-water mark
/// (VmHWM, read from /proc while it runs). Flat means peak_rss_mb does not grow with n. The input is generated
/// before the timing starts, and every page is counted, so a report that dropped dossiers cannot pass for fast.
/// </summary>
public static class HtmlReportBenchmark
{
    public static void Run(TextWriter output, IReadOnlyList<int> sizes, string? cli = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sizes);
        var work = Directory.CreateTempSubdirectory("rubric-html-bench").FullName;
        try
        {
            foreach (var n in sizes)
            {
                output.WriteLine(Measure(cli ?? CliPath(), work, n));
                output.Flush();
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Measure(string cli, string work, int n)
    {
        var input = Path.Combine(work, $"yeda-{n}.jsonl");
        var report = Path.Combine(work, $"report-{n}");
        YedaJsonl.Generate(input, n);
        var rubric = Path.Combine(ShippedRubrics.RepositoryRoot(), "rubrics", "yeda.rubric");
        var start = new ProcessStartInfo(cli) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "screen", "--rubric", rubric, "--dossiers", input, "--format", "html", "--out", report })
        {
            start.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {cli}");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        var peak = 0L;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
        }

        var seconds = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rubric screen exited {process.ExitCode}: {stderr.Result}");
        }

        var files = new DirectoryInfo(report).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        var pages = files.Count(f => f.Directory!.Parent!.Name == "dossiers");
        if (pages != n)
        {
            throw new InvalidOperationException($"the report of {n} dossiers has {pages} explanation pages");
        }

        var index = files.Single(f => f.Name == "index.html" && f.DirectoryName == report).Length;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"workload=html_report n={n} seconds={seconds:F1} report_mb={files.Sum(f => f.Length) / 1048576.0:F1} index_mb={index / 1048576.0:F1} largest_page_kb={files.Where(f => f.Name != "index.html").Max(f => f.Length) / 1024.0:F1} pages={pages} peak_rss_mb={peak / 1024.0:F1} load={File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Directory.Delete(report, recursive: true);
        File.Delete(report + ".run.json");
        File.Delete(input);
        return line;
    }

    /// <summary>The process's resident high-water mark in KiB (VmHWM), or 0 once it has gone.</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The CLI built beside this benchmark (it references the CLI project, whose apphost is copied here).</summary>
    private static string CliPath() => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "rubric.exe" : "rubric");
}
