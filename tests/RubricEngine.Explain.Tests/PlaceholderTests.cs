using RubricEngine.Explain.Tests.Fixtures;

namespace RubricEngine.Explain.Tests;

/// <summary>Criterion explanations have their {placeholders} filled with the values the decision used.</summary>
public class PlaceholderTests
{
    private static string Explanation(Screening.Decisions.Decision decision, string language, int criterion) =>
        ExplanationRenderer.RenderCustom(SampleRubric.Build(), decision, language, "p.txt", $"{{{{ criteria[{criterion}].explanation }}}}").Value!;

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
        Assert.StartsWith("A water plan (〔缺失〕)", Explanation(SampleDecisions.Insufficient(), "zh", 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholder_UnknownName_StaysAsWritten()
    {
        Assert.Equal("A water plan (true) is required; {unknown_name} stays as written.", Explanation(SampleDecisions.Aligned(), "en", 1));
    }

    [Fact]
    public void Placeholder_IndicatorOrScoreName_IsFilledWithItsScore()
    {
        var rubric = SampleRubric.Build();
        var low = rubric.Criteria[0] with { Explanation = Model.Rubrics.LocalizedText.Of(("en", "maturity {maturity}, total {total}, group {technical}")) };
        rubric = rubric with { Criteria = [low, rubric.Criteria[1]] };

        var result = ExplanationRenderer.RenderCustom(rubric, SampleDecisions.Aligned(), "en", "p.txt", "{{ criteria[0].explanation }}");

        Assert.Equal("maturity 4, total 3.5, group 3.5", result.Value);
    }
}
