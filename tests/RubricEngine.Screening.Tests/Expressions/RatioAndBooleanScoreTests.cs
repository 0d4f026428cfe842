using static RubricEngine.Screening.Tests.Support.TextScreening;

namespace RubricEngine.Screening.Tests.Expressions;

/// <summary>A plain-number formula shown "in %", and conditions scored as indicators (1 met, 0 not met).</summary>
public class RatioAndBooleanScoreTests
{
    private const string Text = """
        rubric t
        outcome yes
        outcome no
        input exports: decimal
        input sales: decimal
        input certified: boolean optional
        derived export_share = exports / sales in %
        criterion exporter when export_share > 20 %
        group g weight 1
          indicator has_certificate weight 1
            score certified
          indicator exports_a_lot weight 3
            score export_share >= 50 %
        score total is weighted mean
        classification
          yes when total >= 0.5
          otherwise no
        """;

    [Fact]
    public void Screen_RatioDerivedInPercent_ShowsPercentInTraceValuesAndConditions()
    {
        var decision = Screen(Text, """{"id": "a", "exports": 1, "sales": 4, "certified": true}""");

        Assert.Equal(("computed", "25%"), Step(decision, "derived:export_share"));
        var used = decision.Criteria.Single(c => c.Name == "exporter").Values.Single(v => v.Name == "export_share");
        Assert.Equal(("25%", "%"), (used.Value, used.Unit));
        Assert.Equal("export_share = 25%", Assert.Single(decision.Trace.Single(s => s.Rule == "criterion:exporter").Conditions).Values);
    }

    [Theory]
    [InlineData("true", "1", "0", "0.25", "no")]
    [InlineData("false", "0", "1", "0.75", "yes")]
    public void Screen_BooleanIndicators_ScoreOneWhenMetAndZeroWhenNot(string certified, string certificateScore, string exportScore, string total, string outcome)
    {
        var exports = exportScore == "1" ? 3 : 1;
        var decision = Screen(Text, $$"""{"id": "a", "exports": {{exports}}, "sales": 4, "certified": {{certified}}}""");

        var indicators = decision.Score!.Groups[0].Indicators;
        Assert.Equal([certificateScore, exportScore], indicators.Select(i => i.Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(total, decision.Score.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(outcome, decision.Outcome);
    }

    [Fact]
    public void Screen_BooleanIndicatorWithoutEvidence_IsUnknownAndSoIsTheTotal()
    {
        var decision = Screen(Text, """{"id": "a", "exports": 1, "sales": 4}""");

        Assert.Null(decision.Score!.Groups[0].Indicators[0].Score);
        Assert.Null(decision.Score.Value);
        Assert.Equal("insufficient_evidence", decision.Outcome);
    }
}
