using RubricEngine.Model.Expressions;
using RubricEngine.Model.Types;
using RubricEngine.Screening.Tests.Support;
using static RubricEngine.Screening.Tests.Support.Build;

namespace RubricEngine.Screening.Tests;

public class DateRangeTests
{
    private static readonly Model.Rubrics.Rubric Dated = Rubric(
        "dated",
        [Input("lifecycle_emissions", Emission)],
        [
            Criterion("old_limit", Op(BinaryOperator.LessOrEqual, Ref("lifecycle_emissions", Emission), Quantity("150 gCO2e/kWh")), until: new DateOnly(2025, 12, 31)),
            Criterion("new_limit", Op(BinaryOperator.LessOrEqual, Ref("lifecycle_emissions", Emission), Quantity("100 gCO2e/kWh")), from: new DateOnly(2026, 1, 1)),
        ],
        [Tier("green", Op(BinaryOperator.And, Crit("old_limit"), Crit("new_limit")))],
        "not_green");

    [Theory]
    [InlineData("2025-12-31", "green", "met", "not_applicable")]
    [InlineData("2026-01-01", "not_green", "not_applicable", "not_met")]
    public void Screen_CriterionOutsideItsDateRange_IsNotApplicable(string date, string outcome, string oldVerdict, string newVerdict)
    {
        var json = $$"""{"id": "P1", "assessment_date": "{{date}}", "lifecycle_emissions": "120 gCO2e/kWh"}""";

        var decision = Screen.One(Dated, json);

        Assert.Equal(outcome, decision.Outcome);
        Assert.Equal(oldVerdict, decision.Criterion("old_limit").VerdictWord);
        Assert.Equal(newVerdict, decision.Criterion("new_limit").VerdictWord);
    }

    [Fact]
    public void Screen_DatedCriteriaWithoutAssessmentDate_AreUnknownAndDateIsMissing()
    {
        var decision = Screen.One(Dated, """{"id": "P1", "lifecycle_emissions": "120 gCO2e/kWh"}""");

        Assert.Equal(Model.Rubrics.Rubric.InsufficientEvidence, decision.Outcome);
        Assert.Equal("assessment_date", decision.Missing[0].Input);
        _ = BooleanType.Instance;
    }
}
