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
    public void RenderBatchReport_HostileDecision_EscapesTheIndexAndEveryPage(string language)
    {
        var files = ExplanationRenderer.RenderBatchReport(SampleRubric.Build(title: Evil), [SampleDecisions.Hostile(), SampleDecisions.Aligned()], language);

        Assert.All(files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)), file =>
        {
            // The index's one script is ours, by reference; no datum opens a tag.
            var withoutOurScript = file.Value.Replace("<script src=\"report.js\"></script>", string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", withoutOurScript, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains("&lt;script&gt;", files["index.html"], StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", files["dossiers/0/1.html"], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileDecisionAsMarkdown_KeepsTheTextVerbatim()
    {
        var result = ExplanationRenderer.Render(SampleRubric.Build(), SampleDecisions.Hostile(), "en", ExplanationFormat.Markdown);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(Evil, result.Value!, StringComparison.Ordinal);
    }
}
