using System.Text.RegularExpressions;
using RubricEngine.Benchmarks.HtmlReport;

namespace RubricEngine.Benchmarks.Tests;

/// <summary>The HTML report benchmark at a tiny size, through the real CLI, so it cannot rot.</summary>
public partial class HtmlReportBenchmarkTests
{
    [Fact]
    public void Run_TinyBatches_PrintsOneLinePerSizeWithEveryPageCounted()
    {
        var output = new StringWriter();

        HtmlReportBenchmark.Run(output, [40, 120]);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(Line(), lines[0]);
        Assert.Contains(" n=40 ", lines[0], StringComparison.Ordinal);
        Assert.Contains(" pages=120 ", lines[1], StringComparison.Ordinal);
        var peak = double.Parse(Regex.Match(lines[1], "peak_rss_mb=([0-9.]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(peak > 10, $"the CLI's peak memory was read: {peak} MB");
    }

    [GeneratedRegex(@"^workload=html_report n=\d+ seconds=\d+\.\d report_mb=\d+\.\d index_mb=\d+\.\d largest_page_kb=\d+\.\d pages=\d+ peak_rss_mb=\d+\.\d load=[0-9.]+$")]
    private static partial Regex Line();
}
