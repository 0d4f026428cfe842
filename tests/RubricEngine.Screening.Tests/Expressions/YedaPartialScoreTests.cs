using RubricEngine.Language;

namespace RubricEngine.Screening.Tests.Expressions;

/// <summary>The shipped Yeda rubric scores the indicators at least 10 experts scored, renormalised; its examples are the dossiers.</summary>
public class YedaPartialScoreTests
{
    private static readonly Model.Rubrics.Rubric Yeda =
        RubricLoader.LoadFile(Path.Combine(Language.ShippedRubricTests.RepositoryRoot(), "rubrics", "yeda.rubric")).Value!;

    private static Decisions.Decision ScreenExample(string name) =>
        Screener.Create(Yeda).Screen(Yeda.Examples.Single(e => e.Name == name).Dossier);

    [Fact]
    public void Screen_NpvIndicatorsScoredByEightExperts_RenormalisesOverTheOtherEighteen()
    {
        var decision = ScreenExample("Membrane water purification, NPV indicators unscored");

        // The 18 scored indicators: weighted sum 228.97 over their weight 57.5 (of 61); npv_profit 1.8 and npv_sales 1.7 unscored.
        Assert.Equal(228.97m / 57.5m, decision.Score!.Value);
        Assert.Equal(3.5m / 61m, decision.Score.UnscoredShare);
        Assert.True(decision.Score.IsPartial);
        Assert.Equal(["npv_profit", "npv_sales"], decision.Score.Groups[0].Indicators.Where(i => i.Score is null).Select(i => i.Name));
        Assert.Equal("transfer", decision.Outcome);
    }

    [Fact]
    public void Screen_RequiredMarketSizeScoredByNineExperts_IsInsufficientEvidence()
    {
        var decision = ScreenExample("Market size scored by nine experts only");

        Assert.Null(decision.Score!.Value);
        Assert.Equal("insufficient_evidence", decision.Outcome);
        Assert.Equal("unknown", decision.Trace.Single(s => s.Rule == "indicator:market_size").Result);
        Assert.Equal("required indicator 'market_size' is not scored", decision.Trace.Single(s => s.Rule == "score:total").Value);
    }

    [Fact]
    public void Screen_CompletePanel_IsNotPartial()
    {
        var decision = ScreenExample("Membrane water purification");

        Assert.False(decision.Score!.IsPartial);
        Assert.Equal(0m, decision.Score.UnscoredShare);
    }
}
