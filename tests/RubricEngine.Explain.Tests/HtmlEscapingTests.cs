using RubricEngine.Explain.Tests.Fixtures;

namespace RubricEngine.Explain.Tests;

/// <summary>Markup in rubric labels or decision data never reaches HTML output as markup.</summary>
public class HtmlEscapingTests
{
    private const string Evil = "<script>alert(\"x&y\")</script>'";

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Render_HostileDecision_EscapesEveryDatum(string language)
    {
        var result = ExplanationRenderer.Render(SampleRubric.Build(title: Evil), SampleDecisions.Hostile(), language, ExplanationFormat.Html);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain("<script", result.Value!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"x&y\"", result.Value!, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;", result.Value!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void RenderBatchReport_HostileDecision_EscapesTableAndSections(string language)
    {
        var html = ExplanationRenderer.RenderBatchReport(SampleRubric.Build(title: Evil), [SampleDecisions.Hostile(), SampleDecisions.Aligned()], language);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileDecisionAsMarkdown_KeepsTheTextVerbatim()
    {
        var result = ExplanationRenderer.Render(SampleRubric.Build(), SampleDecisions.Hostile(), "en", ExplanationFormat.Markdown);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(Evil, result.Value!, StringComparison.Ordinal);
    }
}
