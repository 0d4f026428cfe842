using System.Globalization;
using System.Text;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Tests.Graph;

/// <summary>Cohort figures computed once per batch agree with a brute-force reference that compares every dossier with every other.</summary>
public class CohortReferenceTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(300, 2)]
    public void ScreenBatch_CohortAggregates_EqualABruteForceReference(int size, int threads)
    {
        var random = new Random(size);
        // Small ranges give ties; some dossiers have no patents figure and are left out of the patents cohort.
        var rows = Enumerable.Range(0, size)
            .Select(i => (Id: $"r{i:D4}", Patents: random.Next(6) == 0 ? (int?)null : random.Next(0, 40), Sales: random.Next(0, 25)))
            .ToList();
        var csv = new StringBuilder("id,patents,sales\n");
        foreach (var row in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{row.Id},{row.Patents},{row.Sales}\n");
        }

        var screener = Screener.Create(CohortTests.Survey, new ScreenerOptions { Threads = threads });
        var decisions = screener.ScreenAll(screener.CreateReader().ReadText(csv.ToString(), "cohort.csv", DossierFormat.Csv))
            .Decisions.ToDictionary(d => d.DossierId);

        Assert.Equal(size, decisions.Count);
        var patents = rows.Where(r => r.Patents is not null).Select(r => (decimal)r.Patents!.Value).ToList();
        decimal total = 0;
        foreach (var p in patents)
        {
            total += p;
        }

        foreach (var row in rows)
        {
            var decision = decisions[row.Id];
            var share = row.Patents is { } own && total != 0 ? (own / total).ToString(CultureInfo.InvariantCulture) : null;
            var greater = rows.Count(other => other.Sales > row.Sales);
            var less = rows.Count(other => other.Sales < row.Sales);
            var percentile = ((decimal)less / rows.Count).ToString(CultureInfo.InvariantCulture);
            Assert.Equal(share, Value(decision, "cohort:share of patents"));
            Assert.Equal(1 + greater <= 2 ? "true" : "false", Value(decision, "cohort:top 2 by sales"));
            Assert.Equal(percentile, Value(decision, "cohort:percentile of sales"));
        }
    }

    [Fact]
    public void ScreenBatch_CohortSumOverflows_SharesAreUnknownWithOverflowAndRanksStayKnown()
    {
        const string csv = "id,patents,sales\nbig,79228162514264337593543950335,5\nbigger,79228162514264337593543950335,9\n";
        var screener = Screener.Create(CohortTests.Survey, new ScreenerOptions { Threads = 1 });

        var result = screener.ScreenAll(screener.CreateReader().ReadText(csv, "cohort.csv", DossierFormat.Csv));

        Assert.Equal(new ScreeningSummary(2, 0, 0), result.Summary);
        foreach (var decision in result.Decisions)
        {
            var share = decision.Trace.Single(s => s.Rule == "cohort:share of patents");
            Assert.Equal(("unknown", "overflow"), (share.Result, share.Value));
            Assert.NotNull(Value(decision, "cohort:top 2 by sales"));
        }
    }

    private static string? Value(Decision decision, string rule) => decision.Trace.Single(s => s.Rule == rule).Value;
}
