using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests;

public class EvidenceTests
{
    [Fact]
    public void Screen_MissingValue_IsInsufficientEvidenceWithMissingList()
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", emissions: null));

        Assert.Equal(Rubric.InsufficientEvidence, decision.Outcome);
        Assert.Equal(Truth.Unknown, decision.Criterion("low_emissions").Verdict);
        var missing = Assert.Single(decision.Missing);
        Assert.Equal(("lifecycle_emissions", "missing"), (missing.Input, missing.Reason));
        Assert.Equal("missing", decision.Criterion("low_emissions").Values[0].Status);
    }

    [Fact]
    public void Screen_ConflictingValuesWithoutPolicy_AreUnknownAndListedAsConflicting()
    {
        var emissions = """["90 gCO2e/kWh", "120 gCO2e/kWh"]""";

        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", emissions));

        Assert.Equal(Rubric.InsufficientEvidence, decision.Outcome);
        var missing = Assert.Single(decision.Missing);
        Assert.Equal(("lifecycle_emissions", "conflicting"), (missing.Input, missing.Reason));
        Assert.Contains("90 gCO2e/kWh, 120 gCO2e/kWh", missing.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_ValuesThatAgreeInDifferentUnits_AreNotAConflict()
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", """["0.09 kgCO2e/kWh", "90 gCO2e/kWh"]"""));

        Assert.Empty(decision.Missing);
        Assert.Equal("green", decision.Outcome);
    }

    [Theory]
    [InlineData(ConflictPolicy.Highest, "not_green")]
    [InlineData(ConflictPolicy.Lowest, "green")]
    [InlineData(ConflictPolicy.PreferVerified, "not_green")]
    public void Screen_ConflictingValuesWithPolicy_AreResolvedByThePolicy(ConflictPolicy policy, string outcome)
    {
        var json = """
            {"id": "P1", "sector": "energy", "has_permit": true, "annual_generation": "50 MWh",
             "evidence": [{"id": "self", "document": "declaration"}, {"id": "audit", "document": "audit", "verified_by": "TUV"}],
             "lifecycle_emissions": [{"value": "90 gCO2e/kWh", "evidence": "self"}, {"value": "120 gCO2e/kWh", "evidence": ["audit"]}],
             "panel": [{"expert": "A", "market": 4, "technical": 2}, {"expert": "B", "market": 4, "technical": 2}, {"expert": "C", "market": 4, "technical": 2}]}
            """;

        var decision = Screen.One(TestRubrics.Emissions(policy), json);

        Assert.Equal(outcome, decision.Outcome);
        Assert.Empty(decision.Missing);
    }

    [Fact]
    public void Screen_PanelBelowMinimumCount_IsInsufficientEvidence()
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", experts: 2));

        Assert.Equal(Rubric.InsufficientEvidence, decision.Outcome);
        var missing = Assert.Single(decision.Missing);
        Assert.Equal(("panel", "too_few_records", "2 of at least 3 records"), (missing.Input, missing.Reason, missing.Detail));
        Assert.Null(decision.Score!.Value);
    }

    [Fact]
    public void Screen_GateNotMet_FallsBackEvenWhenOtherEvidenceIsMissing()
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", emissions: null, permit: "false"));

        Assert.Equal("not_green", decision.Outcome);
        Assert.Equal("gate 'permit' is not met", decision.Reason);
    }

    [Fact]
    public void Screen_GateUnknown_IsInsufficientEvidence()
    {
        var decision = Screen.One(TestRubrics.Emissions(), TestRubrics.EmissionsJson("P1", permit: null));

        Assert.Equal(Rubric.InsufficientEvidence, decision.Outcome);
        Assert.Equal("gate 'permit' is unknown", decision.Reason);
    }

    [Fact]
    public void Screen_EarlierTierUnknown_IsInsufficientEvidenceEvenIfLaterTierIsMet()
    {
        var rubric = TestRubrics.Emissions() with { };
        var tiers = new[]
        {
            Build.Tier("best", Build.Crit("very_low_emissions")),
            Build.Tier("ok", Build.Crit("permit")),
        };
        rubric = rubric with { Classification = rubric.Classification with { Tiers = [.. tiers] } };

        var unknown = Screen.One(rubric, TestRubrics.EmissionsJson("P1", emissions: null));
        var known = Screen.One(rubric, TestRubrics.EmissionsJson("P2", "\"60 gCO2e/kWh\""));

        Assert.Equal(Rubric.InsufficientEvidence, unknown.Outcome);
        Assert.Equal("ok", known.Outcome);
    }
}
