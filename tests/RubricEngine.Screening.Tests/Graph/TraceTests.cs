using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests.Graph;

/// <summary>Traces assembled from node results, and what-if sessions over the graph.</summary>
public class TraceTests
{
    [Fact]
    public void Screen_Trace_HasOneStepPerNodeWithItsConditions()
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", "\"130 gCO2e/kWh\""), ScreeningEngine.Compiled);

        var rules = decision.Trace.Select(s => s.Rule).ToList();
        Assert.Equal("classification", rules[^1]);
        Assert.True(rules.IndexOf("criterion:low_emissions") < rules.IndexOf("tier:green"));
        Assert.True(rules.IndexOf("indicator:market") < rules.IndexOf("group:panel_scores"));
        var step = decision.Trace.Single(s => s.Rule == "criterion:low_emissions");
        Assert.Equal("not_met", step.Result);
        var condition = Assert.Single(step.Conditions);
        Assert.Equal(("lifecycle_emissions <= 100 gCO2e/kWh", "not_met", "lifecycle_emissions = 130 gCO2e/kWh"),
            (condition.Condition, condition.Result, condition.Values));
        Assert.Equal(Enumerable.Range(1, decision.Trace.Count), decision.Trace.Select(s => s.Step));
    }

    [Theory]
    [InlineData(ScreeningEngine.Compiled)]
    public void Screen_TierTrace_ShowsTheCriteriaAndComparisonsItTested(ScreeningEngine engine)
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", market: 3, technical: 3), engine);

        var tier = decision.Trace.Single(s => s.Rule == "tier:green");
        Assert.Equal("not_met", tier.Result);
        Assert.Equal(
            [("low_emissions", "met", "low_emissions = true"), ("total >= 3.5", "not_met", "total = 3")],
            tier.Conditions.Select(c => (c.Condition, c.Result, c.Values)));
        var gate = decision.Trace.Single(s => s.Rule == "gate:permit");
        Assert.Contains(gate.Conditions, c => c.Condition == "has_permit" && c.Result == "met");
    }

    [Fact]
    public void WhatIf_ChangeOneInputInLiveSession_UpdatesDecisionAndReevaluatesOnlyWhatDependsOnIt()
    {
        var screener = Screener.Create(TestRubrics.Emissions());
        var dossier = screener.CreateReader().ReadText(TestRubrics.EmissionsJson("P1", "\"130 gCO2e/kWh\""), "p.json", DossierFormat.Json).Single().Dossier!;
        var session = screener.OpenSession(dossier);
        Assert.Equal("not_green", session.Decision.Outcome);
        Assert.Contains("criterion:low_emissions = not_met", session.DerivedFacts);
        var firstFirings = session.LastFirings;

        var decision = session.Update("lifecycle_emissions", new QuantityValue(new Model.Units.Quantity(0.08m, Model.Units.UnitCatalog.Parse("kgCO2e/kWh"))));

        Assert.Equal("green", decision.Outcome);
        Assert.Equal(Truth.Met, decision.Criterion("low_emissions").Verdict);
        Assert.DoesNotContain("criterion:low_emissions = not_met", session.DerivedFacts);
        Assert.Contains("criterion:low_emissions = met", session.DerivedFacts);
        Assert.Single(session.DerivedFacts, f => f.StartsWith("criterion:low_emissions ", StringComparison.Ordinal));
        // Only the rules downstream of the changed input fire again: not the panel's indicators, groups or score.
        Assert.True(session.LastFirings < firstFirings, $"{session.LastFirings} firings after the change, {firstFirings} at first");
        Assert.Equal("0.08 kgCO2e/kWh", decision.Criterion("low_emissions").Values[0].Value);
    }

    [Fact]
    public void WhatIf_RemoveAnInput_MakesTheDecisionInsufficient()
    {
        var screener = Screener.Create(TestRubrics.Emissions());
        var dossier = screener.CreateReader().ReadText(TestRubrics.EmissionsJson("P1"), "p.json", DossierFormat.Json).Single().Dossier!;
        var session = screener.OpenSession(dossier);

        var decision = session.Update("lifecycle_emissions");

        Assert.Equal(Model.Rubrics.Rubric.InsufficientEvidence, decision.Outcome);
        Assert.Equal("lifecycle_emissions", Assert.Single(decision.Missing).Input);
    }

}
