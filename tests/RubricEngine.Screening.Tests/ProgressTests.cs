using System.Globalization;
using System.Text;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests;

public class ProgressTests
{
    [Fact]
    public void ScreenBatch_WithProgress_ReportsRunningCountsEndingWithTheSummary()
    {
        var csv = new StringBuilder("id,sector,has_permit,lifecycle_emissions [gCO2e/kWh]\n");
        for (var i = 0; i < 600; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"P{i},{(i == 7 ? "mining" : "energy")},true,90\n");
        }

        var screener = Screener.Create(TestRubrics.Emissions(), new ScreenerOptions { Threads = 2 });
        var reports = new List<ScreeningSummary>();
        var progress = new SynchronousProgress(reports.Add);

        var items = screener.ScreenBatch(screener.CreateReader().ReadText(csv.ToString(), "p.csv", DossierFormat.Csv), progress).ToList();

        Assert.Equal(600, items.Count);
        Assert.Equal(new ScreeningSummary(599, 1, 0), reports[^1]);
        Assert.Equal(reports.Select(r => r.Total).Order(), reports.Select(r => r.Total));
        Assert.True(reports.Count >= 3);
    }

    [Fact]
    public void ScreenBatch_Cancelled_StopsWithOperationCanceled()
    {
        var screener = Screener.Create(TestRubrics.Emissions());
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var reads = screener.CreateReader().ReadText(TestRubrics.EmissionsJson("P1"), "p.json", DossierFormat.Json);

        Assert.ThrowsAny<OperationCanceledException>(() => screener.ScreenBatch(reads, null, cancellation.Token).ToList());
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so the test sees every report in order.</summary>
    private sealed class SynchronousProgress(Action<ScreeningSummary> report) : IProgress<ScreeningSummary>
    {
        public void Report(ScreeningSummary value) => report(value);
    }
}
