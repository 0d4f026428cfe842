using System.Text.RegularExpressions;
using RubricEngine.Explain.Tests.Fixtures;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain.Tests;

public class BatchReportTests
{
    private static readonly Decision[] Ranked = [SampleDecisions.Aligned(), SampleDecisions.Insufficient()];

    private static ReportFolder Render(IReadOnlyList<Decision> ranked, string language = "en") =>
        new(ExplanationRenderer.RenderBatchReport(SampleRubric.Build(), ranked, language));

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void RenderBatchReport_TwoDecisions_MatchesGoldenFiles(string language)
    {
        Render(Ranked, language).AssertMatchesGolden(Path.Combine("03-report", language));
    }

    [Fact]
    public void RenderBatchReport_WritesAnIndexOnePagePerDecisionAndTheSharedAssets()
    {
        var report = Render(Ranked);

        Assert.Equal(["dossiers/0/1.html", "dossiers/0/2.html", "index.html", "report.css", "report.js"], report.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(TemplateText("report.css"), report.Files["report.css"]);
        Assert.Equal(TemplateText("report.js"), report.Files["report.js"]);
    }

    [Fact]
    public void RenderBatchReport_EveryRowLinksToItsPage_AndEachPageLinksBackToItsRow()
    {
        var report = Render(Ranked);

        Assert.Equal(["dossiers/0/1.html", "dossiers/0/2.html"], report.Links("index.html"));
        foreach (var (page, rank) in new[] { ("dossiers/0/1.html", 1), ("dossiers/0/2.html", 2) })
        {
            Assert.All(report.Links(page, "back"), link => Assert.Equal($"index.html#r{rank}", link));
            Assert.Contains($"<tr id=\"r{rank}\"", report.Index, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"stylesheet\" href=\"../../report.css\">", report.Files[page], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RenderBatchReport_PagesLinkToTheirNeighboursInRankOrder()
    {
        var report = Render([.. Enumerable.Range(1, 3).Select(i => SampleDecisions.Aligned($"d{i}"))]);

        Assert.Equal(["dossiers/0/2.html", "dossiers/0/2.html"], report.Links("dossiers/0/1.html", "next"));
        Assert.Empty(report.Links("dossiers/0/1.html", "prev"));
        Assert.Equal(["dossiers/0/1.html", "dossiers/0/1.html"], report.Links("dossiers/0/2.html", "prev"));
        Assert.Equal(["dossiers/0/3.html", "dossiers/0/3.html"], report.Links("dossiers/0/2.html", "next"));
        Assert.Empty(report.Links("dossiers/0/3.html", "next"));
    }

    [Fact]
    public void RenderBatchReport_KeepsTheRankedOrder()
    {
        var report = Render([.. Ranked.Reverse()]);

        Assert.True(report.Index.IndexOf("solar-roof-12", StringComparison.Ordinal) < report.Index.IndexOf("wind-farm-07", StringComparison.Ordinal));
        Assert.Contains("solar-roof-12", report.Files["dossiers/0/1.html"], StringComparison.Ordinal);
    }

    [Fact]
    public void RenderBatchReport_EachPageIsAWholePageWithOneExplanation()
    {
        var report = Render(Ranked, "zh");

        Assert.All(report.Pages, page =>
        {
            Assert.Equal(1, Regex.Count(report.Files[page], "<!DOCTYPE html>"));
            Assert.Equal(1, Regex.Count(report.Files[page], "<article class=\"explanation\">"));
            Assert.Contains("<html lang=\"zh\">", report.Files[page], StringComparison.Ordinal);
        });
        Assert.DoesNotContain("<article", report.Index, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderBatchReport_RowsCarryTheSortKeys()
    {
        var report = Render(Ranked);

        Assert.Matches("<tr id=\"r1\" data-rank=\"1\" data-outcome=\"aligned\" data-order=\"1\" data-score=\"[0-9.]+\" data-missing=\"0\">", report.Index);
        Assert.Matches("<tr id=\"r2\" data-rank=\"2\" data-outcome=\"insufficient_evidence\" data-order=\"[0-9]+\" data-score=\"\" data-missing=\"[1-9][0-9]*\" class=\"insufficient\">", report.Index);
    }

    [Fact]
    public void RenderBatchReport_DecisionOfAnotherRubric_Throws()
    {
        Decision stranger = SampleDecisions.Aligned() with { Rubric = new RubricIdentity("gib", "1", "00") };

        Assert.Throws<ArgumentException>(() => Render([stranger]));
    }

    [Fact]
    public void RenderBatchReport_EmptyBatch_RendersAnEmptyTableAndNoPages()
    {
        var report = Render([]);

        Assert.Contains("0 dossiers", report.Index, StringComparison.Ordinal);
        Assert.Empty(report.Pages);
    }

    [Fact]
    public void RenderBatchReport_ManyDecisions_GroupsPagesAThousandToAFolder()
    {
        var many = Enumerable.Range(1, 2001).Select(i => SampleDecisions.Aligned($"d{i:D4}")).ToList();

        var report = Render(many);

        Assert.Equal(2001, report.Pages.Count());
        Assert.Equal(["0", "1", "2"], report.Pages.Select(p => p.Split('/')[1]).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("dossiers/0/1000.html", report.Pages);
        Assert.Contains("dossiers/1/1001.html", report.Pages);
        Assert.Equal(["dossiers/2/2001.html", "dossiers/2/2001.html"], report.Links("dossiers/1/2000.html", "next"));
        Assert.Equal(2001, Regex.Count(report.Index, "<tr id=\"r"));
    }

    private static string TemplateText(string name) =>
        File.ReadAllText(Path.Combine(Golden.RepositoryRoot(), "templates", name));
}
