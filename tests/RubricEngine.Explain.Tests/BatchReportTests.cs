using System.Text.RegularExpressions;
using RubricEngine.Explain.Tests.Fixtures;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain.Tests;

public class BatchReportTests
{
    private static readonly Decision[] Ranked = [SampleDecisions.Aligned(), SampleDecisions.Insufficient()];

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void RenderBatchReport_TwoDecisions_MatchesGoldenFile(string language)
    {
        var html = ExplanationRenderer.RenderBatchReport(SampleRubric.Build(), Ranked, language);

        Golden.AssertMatches(Path.Combine("03-report", $"report.{language}.html"), html);
    }

    [Fact]
    public void RenderBatchReport_EveryRowLink_PointsToASectionOfThePage()
    {
        var html = ExplanationRenderer.RenderBatchReport(SampleRubric.Build(), Ranked, "en");

        var links = Regex.Matches(html, "href=\"#(dossier-[0-9]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["dossier-1", "dossier-2"], links);
        Assert.All(links, anchor => Assert.Contains($"id=\"{anchor}\"", html, StringComparison.Ordinal));
    }

    [Fact]
    public void RenderBatchReport_KeepsTheRankedOrder()
    {
        var html = ExplanationRenderer.RenderBatchReport(SampleRubric.Build(), [.. Ranked.Reverse()], "en");

        Assert.True(html.IndexOf("solar-roof-12", StringComparison.Ordinal) < html.IndexOf("wind-farm-07", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderBatchReport_EmbedsSectionsNotWholePages()
    {
        var html = ExplanationRenderer.RenderBatchReport(SampleRubric.Build(), Ranked, "zh");

        Assert.Equal(1, Regex.Count(html, "<!DOCTYPE html>"));
        Assert.Equal(2, Regex.Count(html, "<article class=\"explanation\">"));
    }

    [Fact]
    public void RenderBatchReport_DecisionOfAnotherRubric_Throws()
    {
        Decision stranger = SampleDecisions.Aligned() with { Rubric = new RubricIdentity("gib", "1", "00") };

        Assert.Throws<ArgumentException>(() => ExplanationRenderer.RenderBatchReport(SampleRubric.Build(), [stranger], "en"));
    }

    [Fact]
    public void RenderBatchReport_EmptyBatch_RendersAnEmptyTable()
    {
        var html = ExplanationRenderer.RenderBatchReport(SampleRubric.Build(), [], "en");

        Assert.Contains("0 dossiers", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderBatchReport_LargeBatch_IsNotCutAtTheExplanationOutputLimit()
    {
        var many = Enumerable.Range(1, 400).Select(i => SampleDecisions.Aligned($"d{i:D4}")).ToList();

        var html = ExplanationRenderer.RenderBatchReport(SampleRubric.Build(), many, "en");

        // Longer than one template may write (and than Scriban's default limit): the report has its own limits.
        Assert.True(html.Length > 1_000_000, $"only {html.Length} characters");
        Assert.Equal(400, Regex.Count(html, "<section class=\"dossier\""));
    }
}
