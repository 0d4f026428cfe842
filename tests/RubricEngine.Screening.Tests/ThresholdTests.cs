using RubricEngine.Model.Logic;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests;

public class ThresholdTests
{
    [Fact]
    public void Screen_ValueExactlyOnInclusiveThreshold_IsMet()
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", "\"100 gCO2e/kWh\""));

        Assert.Equal(Truth.Met, decision.Criterion("low_emissions").Verdict);
        Assert.Equal("green", decision.Outcome);
    }

    [Fact]
    public void Screen_ValueExactlyOnStrictThreshold_IsNotMet()
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", "\"50 gCO2e/kWh\""));

        Assert.Equal(Truth.NotMet, decision.Criterion("very_low_emissions").Verdict);
        Assert.Equal(Truth.Met, decision.Criterion("low_emissions").Verdict);
    }

    [Fact]
    public void Screen_ValueJustAboveInclusiveThreshold_IsNotMet()
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", "\"100.0000001 gCO2e/kWh\""));

        Assert.Equal(Truth.NotMet, decision.Criterion("low_emissions").Verdict);
        Assert.Equal("not_green", decision.Outcome);
    }

    [Theory]
    [InlineData("\"0.1 kgCO2e/kWh\"")]
    [InlineData("\"100000 gCO2e/MWh\"")]
    [InlineData("\"100 gCO2e/kWh\"")]
    public void Screen_SameAmountInAnotherUnit_IsExactlyOnThreshold(string emissions)
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", emissions));

        Assert.Equal(Truth.Met, decision.Criterion("low_emissions").Verdict);
        Assert.Equal("<= 100 gCO2e/kWh", Assert.Single(decision.Criterion("low_emissions").Thresholds));
    }

    [Fact]
    public void Screen_WeightedMeanOfThreeAndAHalf_IsExactlyThreeAndAHalfInDecimal()
    {
        // market 4 (weight 3) and technical 2 (weight 1): (12 + 2) / 4 = 3.5, and the tier needs >= 3.5.
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", market: 4, technical: 2));

        Assert.Equal(3.5m, decision.Score!.Value);
        Assert.Equal(3.5m, decision.Score.Groups[0].Subtotal);
        Assert.Equal("green", decision.Outcome);
        Assert.Contains("\"value\": 3.5,", Decisions.DecisionJson.Serialize(decision), StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_WeightedMeanJustBelowThreshold_FallsBack()
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", market: 3.9m, technical: 2.2m));

        Assert.Equal(3.475m, decision.Score!.Value);
        Assert.Equal("not_green", decision.Outcome);
    }

    [Fact]
    public void Screen_CriterionValues_CarryUnitsEvidenceAndCitation()
    {
        var json = """
            {"id": "P1", "sector": "energy", "has_permit": true,
             "evidence": [{"id": "lca", "document": "LCA report", "page": "12", "verified_by": "TUV", "date": "2024-05-01"}],
             "lifecycle_emissions": {"value": "0.09 kgCO2e/kWh", "evidence": ["lca"]},
             "panel": [{"expert": "A", "market": 4, "technical": 2}, {"expert": "B", "market": 4, "technical": 2}, {"expert": "C", "market": 4, "technical": 2}]}
            """;

        var criterion = Screen.One(TestRubrics.Emissions(), json).Criterion("low_emissions");

        var used = Assert.Single(criterion.Values);
        Assert.Equal(("lifecycle_emissions", "0.09 kgCO2e/kWh", "kgCO2e/kWh"), (used.Name, used.Value, used.Unit));
        Assert.Equal(["lca"], used.Evidence);
        Assert.Equal("Annex I, 4.1", criterion.Citation);
    }
}

public class DerivedValueTests
{
    [Fact]
    public void Screen_DerivedProductOfQuantities_IsComputedExactlyInTheDeclaredUnit()
    {
        // 90 gCO2e/kWh × 50 MWh = 4,500,000 gCO2e = 4.5 tCO2e.
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1"));

        var criterion = decision.Criterion("small_footprint");
        Assert.Equal(Model.Logic.Truth.Met, criterion.Verdict);
        var used = Assert.Single(criterion.Values);
        Assert.Equal(("annual_emissions", "4.5 tCO2e", "tCO2e"), (used.Name, used.Value, used.Unit));
    }

    [Fact]
    public void WhatIf_ChangeAnInputOfADerivedValue_ReplacesTheDerivedFact()
    {
        var screener = Screener.Create(TestRubrics.Emissions());
        var dossier = screener.CreateReader().ReadText(TestRubrics.EmissionsJson("P1"), "p.json", Dossiers.DossierFormat.Json).Single().Dossier!;
        var session = screener.OpenSession(dossier);
        Assert.Contains("derived:annual_emissions = computed (4.5 tCO2e)", session.DerivedFacts);

        var decision = session.Update("annual_generation", new Model.Values.QuantityValue(new Model.Units.Quantity(60, Model.Units.UnitCatalog.Parse("MWh"))));

        var derived = Assert.Single(session.DerivedFacts, f => f.StartsWith("derived:", StringComparison.Ordinal));
        Assert.Equal("derived:annual_emissions = computed (5.4 tCO2e)", derived);
        Assert.Equal(Model.Logic.Truth.NotMet, decision.Criterion("small_footprint").Verdict); // 5.4 tCO2e > 5 tCO2e
        Assert.Equal("5.4 tCO2e", decision.Criterion("small_footprint").Values[0].Value);
    }
}
