using RubricEngine.Explain.Tests.Fixtures;

namespace RubricEngine.Explain.Tests;

/// <summary>The ranked table's words come from the same labels and number formatter as explanations.</summary>
public class RowTextTests
{
    [Fact]
    public void RowText_InChinese_HasChineseOutcomeAndReasonAndTheExplanationsScore()
    {
        var decision = SampleDecisions.Insufficient() with { Reason = "gate 'dnsh_water' is unknown" };

        var (outcome, reason, _) = ExplanationRenderer.RowText(SampleRubric.Build(), decision, "zh");

        Assert.Equal("证据不足", outcome);
        Assert.DoesNotContain("gate", reason, StringComparison.Ordinal);
        Assert.Equal(["#", "项目", "结论", "得分", "原因"], ExplanationRenderer.TableHeaders("zh"));
    }

    [Fact]
    public void RowText_Score_IsTheExplanationsReadableScore()
    {
        var decision = SampleDecisions.Aligned();
        var explanation = ExplanationRenderer.RenderCustom(SampleRubric.Build(), decision, "en", "s.txt", "{{ score.value_text }}").Value;

        var (_, _, score) = ExplanationRenderer.RowText(SampleRubric.Build(), decision, "en");

        Assert.Equal(explanation, score);
    }
}
