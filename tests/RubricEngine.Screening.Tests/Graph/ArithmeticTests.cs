using RubricEngine.Language;
using RubricEngine.Model.Logic;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Tests.Graph;

/// <summary>Arithmetic never throws and never hides: overflow and division by zero are unknown, with the reason in the decision.</summary>
public class ArithmeticTests
{
    internal const string Text = """
        rubric arithmetic version "1"
          title en "Arithmetic"

        outcome high
          title en "High"
        outcome low
          title en "Low"

        input rating: decimal optional
          title en "Rating"
        input divisor: decimal optional
          title en "Divisor"
        input panel: list of records optional
          title en "Panel"
          field score: decimal

        derived ratio = rating / divisor
          title en "Ratio"

        criterion ratio_ok when ratio > 1
          title en "Ratio above one"
        criterion panel_ok when mean of panel.score >= 3
          title en "Panel mean at least 3"

        group ratings weight 1
          title en "Ratings"
          indicator rated weight 2
            title en "Rated"
            score rating

        score total is weighted mean

        classification
          high when total >= 3 and ratio_ok
          high when panel_ok
          otherwise low
        """;

    private const string Huge = "79228162514264337593543950335"; // decimal.MaxValue

    [Fact]
    public void Screen_RatingAtDecimalMaximum_GroupSubtotalIsUnknownBecauseOfOverflow()
    {
        var decision = ScreenJson($$"""{"id": "o1", "rating": {{Huge}}, "divisor": 2}""");

        var group = decision.Trace.Single(s => s.Rule == "group:ratings");
        Assert.Equal(("unknown", "overflow"), (group.Result, group.Value));
        Assert.Null(decision.Score!.Groups[0].Subtotal);
        Assert.Equal(("unknown", "overflow"), Step(decision, "score:total"));
        var tier = decision.Trace.First(s => s.Rule == "tier:high");
        Assert.Contains(tier.Conditions, c => c.Values == "total = unknown (overflow)");
        Assert.Equal("insufficient_evidence", decision.Outcome);
        Assert.Equal("tier 'high' is unknown (overflow)", decision.Reason);
    }

    [Fact]
    public void Screen_DivisionByZero_DerivedValueIsUnknownWithTheReasonInTheTrace()
    {
        var decision = ScreenJson("""{"id": "d1", "rating": 2, "divisor": 0}""");

        Assert.Equal(("unknown", "division by zero"), Step(decision, "derived:ratio"));
        var criterion = decision.Trace.Single(s => s.Rule == "criterion:ratio_ok");
        Assert.Equal("unknown", criterion.Result);
        Assert.Equal("ratio = unknown (division by zero)", Assert.Single(criterion.Conditions).Values);
        Assert.Equal(Truth.Unknown, decision.Criteria.Single(c => c.Name == "ratio_ok").Verdict);
    }

    [Fact]
    public void Screen_PanelMeanOverflows_IndicatorOfThePanelIsUnknownWithOverflow()
    {
        var decision = ScreenJson($$"""{"id": "p1", "rating": 4, "divisor": 1, "panel": [{"score": {{Huge}}}, {"score": {{Huge}}}]}""");

        var criterion = decision.Trace.Single(s => s.Rule == "criterion:panel_ok");
        Assert.Equal(("unknown", "overflow"), (criterion.Result, criterion.Value));
        Assert.Equal("mean of panel.score = unknown (overflow)", Assert.Single(criterion.Conditions).Values);
    }

    [Fact]
    public void CheckExamples_ExampleThatOverflows_RunsAndReportsTheOutcome()
    {
        var text = Text + $"""

            example "Overflowing rating"
              given rating = {Huge}
              given divisor = 0
              expect outcome insufficient_evidence
            """;
        var loaded = RubricLoader.LoadText("arithmetic.rubric", text);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));

        var result = Assert.Single(Screener.Create(loaded.Value!).CheckExamples());

        Assert.True(result.Passed, string.Join("\n", result.Mismatches));
    }

    private static (string Result, string? Value) Step(Decision decision, string rule) =>
        decision.Trace.Single(s => s.Rule == rule) is var step ? (step.Result, step.Value) : default;

    private static Decision ScreenJson(string json)
    {
        var loaded = RubricLoader.LoadText("arithmetic.rubric", Text);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var screener = Screener.Create(loaded.Value!);
        var read = screener.CreateReader().ReadText(json, "d.json", DossierFormat.Json).Single();
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return screener.Screen(read.Dossier!);
    }
}
