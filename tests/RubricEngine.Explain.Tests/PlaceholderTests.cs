using RubricEngine.Explain.Tests.Fixtures;

namespace RubricEngine.Explain.Tests;

/// <summary>Criterion explanations have their {placeholders} filled with the values the decision used.</summary>
public class PlaceholderTests
{
    // Criteria are listed with the deciding ones first, so the test picks one by its declaration position, by name.
    private static string Explanation(Screening.Decisions.Decision decision, string language, int criterion) =>
        ExplanationRenderer.RenderCustom(
            SampleRubric.Build(), decision, language, "p.txt",
            $"{{{{ for c in criteria }}}}{{{{ if c.name == \"{SampleRubric.Build().Criteria[criterion].Name}\" }}}}{{{{ c.explanation }}}}{{{{ end }}}}{{{{ end }}}}").Value!;

    [Fact]
    public void Placeholder_ValueUsedByTheCriterion_IsFilledWithItsUnit()
    {
        Assert.Equal("Life-cycle emissions of 11 gCO2e/kWh against a threshold of 100 gCO2e/kWh.", Explanation(SampleDecisions.Aligned(), "en", 0));
    }

    [Fact]
    public void Placeholder_InChinese_UsesTheChineseExplanation()
    {
        Assert.Equal("全生命周期排放为 11 gCO2e/kWh，阈值为 100 gCO2e/kWh。", Explanation(SampleDecisions.Aligned(), "zh", 0));
    }

    [Fact]
    public void Placeholder_MissingValue_SaysWhyInBrackets()
    {
        Assert.Equal("Life-cycle emissions of [conflicting evidence] against a threshold of 100 gCO2e/kWh.", Explanation(SampleDecisions.Insufficient(), "en", 0));
        Assert.Contains("〔证据冲突〕", Explanation(SampleDecisions.Insufficient(), "zh", 0), StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholder_NameTheDecisionHoldsNoValueFor_ReadsAsTheMissingMarkerNotAsLiteralText()
    {
        // The checker rejects a placeholder that names nothing declared (RUB0220); a rubric built in code can still hold one.
        Assert.Equal("A water plan (true) is required; [not in the decision] stays as written.", Explanation(SampleDecisions.Aligned(), "en", 1));
        Assert.DoesNotContain("{", Explanation(SampleDecisions.Aligned(), "zh", 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholder_NameInAnotherScript_IsFilled()
    {
        var rubric = SampleRubric.Build();
        var renamed = rubric.Criteria[0] with { Explanation = Model.Rubrics.LocalizedText.Of(("zh", "总分 {total}，{ maturity }")) };
        rubric = rubric with { Criteria = [renamed, rubric.Criteria[1]] };

        var result = ExplanationRenderer.RenderCustom(rubric, SampleDecisions.Aligned(), "zh", "p.txt", "{{ for c in criteria }}{{ c.explanation }}{{ end }}");

        Assert.StartsWith("总分 3.5，4", result.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholder_IndicatorOrScoreName_IsFilledWithItsScore()
    {
        var rubric = SampleRubric.Build();
        var low = rubric.Criteria[0] with { Explanation = Model.Rubrics.LocalizedText.Of(("en", "maturity {maturity}, total {total}, group {technical}")) };
        rubric = rubric with { Criteria = [low, rubric.Criteria[1]] };

        var result = ExplanationRenderer.RenderCustom(rubric, SampleDecisions.Aligned(), "en", "p.txt", "{{ for c in criteria }}{{ if c.name == \"" + low.Name + "\" }}{{ c.explanation }}{{ end }}{{ end }}");

        Assert.Equal("maturity 4, total 3.5, group 3.5", result.Value);
    }
}
