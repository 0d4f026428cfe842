using RubricEngine.Explain.Tests.Fixtures;

namespace RubricEngine.Explain.Tests;

/// <summary>Explanations of decisions made by the real screener, against golden files in <c>Golden/04-screened/</c>.</summary>
public class ScreenedExplanationTests
{
    public static TheoryData<int, string, ExplanationFormat> AllCases()
    {
        var data = new TheoryData<int, string, ExplanationFormat>();
        foreach (var example in new[] { 0, 1 })
        {
            foreach (var language in ExplanationRenderer.Languages)
            {
                foreach (var format in Enum.GetValues<ExplanationFormat>())
                {
                    data.Add(example, language, format);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Render_ScreenedDecision_MatchesGoldenFile(int example, string language, ExplanationFormat format)
    {
        var result = ExplanationRenderer.Render(
            ScreenedSamples.Rubric, ScreenedSamples.Decisions[example], language, format, ScreenedSamples.Dossiers[example]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var extension = format switch { ExplanationFormat.Markdown => "md", ExplanationFormat.Html => "html", _ => "txt" };
        Golden.AssertMatches(Path.Combine("04-screened", $"example-{example + 1}.{language}.{extension}"), result.Value!);
    }

    [Fact]
    public void Render_WithTheDossier_ListsTheCitedEvidenceDocuments()
    {
        var result = ExplanationRenderer.Render(
            ScreenedSamples.Rubric, ScreenedSamples.Decisions[0], "en", ExplanationFormat.Text, ScreenedSamples.Dossiers[0]);

        Assert.Contains("LCA study", result.Value!, StringComparison.Ordinal);
        Assert.Contains("verified by TUV SUD", result.Value!, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithAnotherDossier_ReportsMismatch()
    {
        var result = ExplanationRenderer.Render(
            ScreenedSamples.Rubric, ScreenedSamples.Decisions[0], "en", ExplanationFormat.Text, ScreenedSamples.Dossiers[1]);

        Assert.Contains("error RUB0510", Render.Error(result), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderBatchReport_ScreenedDecisions_MatchesGoldenFiles()
    {
        var report = new ReportFolder(ExplanationRenderer.RenderBatchReport(ScreenedSamples.Rubric, ScreenedSamples.Decisions, "en"));

        report.AssertMatchesGolden(Path.Combine("04-screened", "report"));
    }
}
