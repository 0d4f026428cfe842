using RubricEngine.Cli.BatchRun;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Cli.Tests;

public class ProgressTextTests
{
    [Fact]
    public void Describe_KnownTotal_GivesPercentageRateAndTimeLeft()
    {
        var text = ProgressText.Describe(new ScreeningSummary(1500, 100, 0), 10_000, TimeSpan.FromSeconds(4), includeEstimate: true);
        Assert.Equal("1600 of 10000 dossiers, failed 100, skipped 0, 400/s, 16%, about 21 s left", text);
    }

    [Fact]
    public void Describe_UnknownTotal_SaysSoAndGivesTheRate()
    {
        var text = ProgressText.Describe(new ScreeningSummary(300, 0, 0), null, TimeSpan.FromSeconds(3), includeEstimate: true);
        Assert.Equal("300 dossiers (total unknown), failed 0, skipped 0, 100/s", text);
    }

    [Fact]
    public void Estimate_CountsRowsDocumentsAndFiles()
    {
        Assert.Equal(31, DossierCount.Estimate([Path.Combine(CliRunner.RepositoryRoot, "samples", "survey-cohort")])); // 30 regions and the national row
        var yeda = Path.Combine(CliRunner.RepositoryRoot, "samples", "yeda");
        Assert.Equal(Directory.GetFiles(yeda).Length, DossierCount.Estimate([yeda]));
        var stream = CliRunner.TempFile("many.yaml", "id: a\n---\nid: b\n---\nid: c\n");
        Assert.Equal(3, DossierCount.Estimate([stream]));
        var array = CliRunner.TempFile("many.json", "[{\"id\": \"a\", \"x\": [1, 2]}, {\"id\": \"b\"}]");
        Assert.Equal(2, DossierCount.Estimate([array]));
        var lines = CliRunner.TempFile("many.jsonl", "{\"id\": \"a\"}\r\n \t\r\n\n{\"id\": \"b\"}\n{\"id\": \"c\"}"); // blank lines not counted, last line unended
        Assert.Equal(3, DossierCount.Estimate([lines]));
        Assert.Equal(31, DossierCount.Estimate([Path.Combine(CliRunner.RepositoryRoot, "samples", "excel", "survey-regions.xlsx")]));
    }
}
