using RubricEngine.Explain.Localization;
using RubricEngine.Explain.Tests.Fixtures;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Explain.Tests;

public class LabelFallbackTests
{
    private static readonly Labels Chinese = new(UiText.Chinese);
    private static readonly Labels English = new(UiText.English);

    [Fact]
    public void Of_ChineseLabelPresent_UsesIt()
    {
        Assert.Equal("技术", Chinese.Of(LocalizedText.Of(("en", "Technical"), ("zh", "技术")), "technical"));
    }

    [Fact]
    public void Of_ChineseLabelMissing_FallsBackToEnglishMarked()
    {
        Assert.Equal("Not aligned（无中文标签）", Chinese.Of(LocalizedText.Of(("en", "Not aligned")), "not_aligned"));
    }

    [Fact]
    public void Of_NoLabelAtAll_UsesTheIdentifier_MarkedOnlyInChinese()
    {
        Assert.Equal("scalability（无中文标签）", Chinese.Of(LocalizedText.Empty, "scalability"));
        Assert.Equal("scalability", English.Of(LocalizedText.Empty, "scalability"));
    }

    [Fact]
    public void Of_EnglishLabelMissing_BorrowsChineseMarked()
    {
        Assert.Equal("技术 (no English label)", English.Of(LocalizedText.Of(("zh", "技术")), "technical"));
    }

    [Fact]
    public void Render_Chinese_UsesZhLabelsAndMarksMissingOnes()
    {
        var decision = SampleDecisions.Aligned() with { Outcome = "not_aligned" };

        var result = ExplanationRenderer.Render(SampleRubric.Build(), decision, "zh", ExplanationFormat.Text);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("结论：Not aligned（无中文标签）（not_aligned）", result.Value!, StringComparison.Ordinal);
        Assert.Contains("低全生命周期排放", result.Value!, StringComparison.Ordinal);
        Assert.Contains("Do no significant harm: water（无中文标签）", result.Value!, StringComparison.Ordinal);
    }
}
