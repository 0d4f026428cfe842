using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests.Rules;

public class RulesEngineTests
{
    public static TheoryData<string> Dossiers => new()
    {
        TestRubrics.EmissionsJson("exact", "\"100 gCO2e/kWh\""),
        TestRubrics.EmissionsJson("converted", "\"0.1 kgCO2e/kWh\""),
        TestRubrics.EmissionsJson("high", "\"130 gCO2e/kWh\""),
        TestRubrics.EmissionsJson("missing", emissions: null),
        TestRubrics.EmissionsJson("conflict", """["90 gCO2e/kWh", "120 gCO2e/kWh"]"""),
        TestRubrics.EmissionsJson("no_permit", permit: "false"),
        TestRubrics.EmissionsJson("small_panel", experts: 2),
        TestRubrics.EmissionsJson("low_score", market: 3, technical: 3),
    };

    [Theory]
    [MemberData(nameof(Dossiers))]
    public void Screen_RulesEngine_DecidesLikeTheDirectEvaluator(string json)
    {
        var direct = Screen.One(TestRubrics.Emissions(), json, ScreeningEngine.Direct);
        var rules = Screen.One(TestRubrics.Emissions(), json, ScreeningEngine.Rules);

        Assert.Equal(WithoutTrace(direct), WithoutTrace(rules));
        Assert.NotEmpty(rules.Trace);
    }

    [Fact]
    public void Screen_RulesEngine_TracesEveryRuleWithItsConditions()
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", "\"130 gCO2e/kWh\""), ScreeningEngine.Rules);

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
    [InlineData(ScreeningEngine.Direct)]
    [InlineData(ScreeningEngine.Rules)]
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
    public void WhatIf_ChangeOneInputInLiveSession_UpdatesDecisionAndRetractsOldDerivedFacts()
    {
        var screener = Screener.Create(TestRubrics.Emissions());
        var dossier = screener.CreateReader().ReadText(TestRubrics.EmissionsJson("P1", "\"130 gCO2e/kWh\""), "p.json", DossierFormat.Json).Single().Dossier!;
        var session = screener.OpenSession(dossier);
        Assert.Equal("not_green", session.Decision.Outcome);
        Assert.Contains("VerdictFact { Dossier = 0, Name = low_emissions, Verdict = NotMet }", session.DerivedFacts);
        var firstFirings = session.LastFirings;

        var decision = session.Update("lifecycle_emissions", new QuantityValue(new Model.Units.Quantity(0.08m, Model.Units.UnitCatalog.Parse("kgCO2e/kWh"))));

        Assert.Equal("green", decision.Outcome);
        Assert.Equal(Truth.Met, decision.Criterion("low_emissions").Verdict);
        Assert.DoesNotContain("VerdictFact { Dossier = 0, Name = low_emissions, Verdict = NotMet }", session.DerivedFacts);
        Assert.Contains("VerdictFact { Dossier = 0, Name = low_emissions, Verdict = Met }", session.DerivedFacts);
        Assert.Single(session.DerivedFacts, f => f.Contains("Name = low_emissions,", StringComparison.Ordinal));
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

    private static Decision WithoutTrace(Decision decision) => decision with { Trace = [] };
}
