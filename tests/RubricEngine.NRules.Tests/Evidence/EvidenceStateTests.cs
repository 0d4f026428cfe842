namespace RubricEngine.NRules.Tests.Evidence;

/// <summary>
/// Each evidence state on both engines: verified against unverified, the prescribed methodology against another,
/// a conflict resolved by each policy step, agreeing candidates, candidates that straddle the threshold, and the
/// rubric's outcomes for a conflict and for unknown evidence.
/// </summary>
public class EvidenceStateTests
{
    private const string Rubric = """
        rubric evidence version "1"
        outcome yes
        outcome no
        outcome review_required
        input e: quantity in gCO2e/kWh optional
          when conflicting prefer method "ISO 14067", then prefer verified, then agree on verdict
        input v: quantity in gCO2e/kWh optional
          requires verified
        input m: quantity in gCO2e/kWh optional
          requires method "ISO 14067" or "ISO 14064-1"
        input t: quantity in gCO2/km optional
        criterion low_e when e < 100 gCO2e/kWh
        criterion low_v when v < 100 gCO2e/kWh
        criterion low_m when m < 100 gCO2e/kWh
        criterion low_t when t < 50 gCO2/km
          requires t method "WLTP"
        criterion e_verified when e is verified
        criterion e_iso when e uses method "ISO 14067"
        criterion e_by_tuv when e is verified by "TÜV SÜD"
        criterion e_accredited when e is verified as accredited
        criterion e_known when e is known
        criterion e_missing when e is missing
        criterion e_conflicting when e is conflicting
        classification
          yes when low_e
          otherwise no
          on conflict review_required
          on unknown insufficient_evidence
        """;

    private const string Evidence = """
        "evidence": [
          {"id": "iso", "document": "LCA", "method": "ISO 14067"},
          {"id": "other", "document": "Estimate", "method": "PAS 2050"},
          {"id": "tuv", "document": "Audit", "verified_by": "TÜV SÜD", "verification": "accredited"},
          {"id": "self", "document": "Brochure", "verification": "self_declared"},
          {"id": "wltp", "document": "Type approval", "method": "WLTP"},
          {"id": "nedc", "document": "Old test", "method": "NEDC"}
        ]
        """;

    private static Screening.Decisions.Decision One(string inputs) =>
        BothEngines.Screen(BothEngines.Load(Rubric), $"{{\"id\": \"d\", {Evidence}, {inputs}}}").Single();

    [Fact]
    public void Requirement_VerifiedValue_IsUsed()
    {
        var decision = One("\"v\": {\"value\": \"90 gCO2e/kWh\", \"evidence\": [\"tuv\"]}");
        Assert.Equal("met", decision.Verdict("low_v"));
    }

    [Fact]
    public void Requirement_UnverifiedValue_MakesTheCriterionUnknownAsUnverified()
    {
        var decision = One("""
            "v": {"value": "90 gCO2e/kWh", "evidence": ["self"]}, "e": "90 gCO2e/kWh"
            """);
        Assert.Equal("unknown", decision.Verdict("low_v"));
        Assert.Equal("unverified", decision.Criterion("low_v").Reason);
        Assert.Contains(decision.Unknown, m => m.Input == "v" && m.Reason == "unverified");
    }

    [Fact]
    public void Requirement_PrescribedMethodology_IsUsedAndAnotherIsUnknownAsWrongMethod()
    {
        var prescribed = One("""
            "m": {"value": "90 gCO2e/kWh", "evidence": ["iso"]}
            """);
        Assert.Equal("met", prescribed.Verdict("low_m"));
        var other = One("""
            "m": {"value": "90 gCO2e/kWh", "evidence": ["other"]}
            """);
        Assert.Equal("unknown", other.Verdict("low_m"));
        Assert.Equal("wrong_method", other.Criterion("low_m").Reason);
    }

    [Fact]
    public void CriterionRequirement_OtherMethodology_IsNeverMetNorNotMet()
    {
        var wltp = One("""
            "t": {"value": "40 gCO2/km", "evidence": ["wltp"]}
            """);
        Assert.Equal("met", wltp.Verdict("low_t"));
        var nedc = One("""
            "t": {"value": "40 gCO2/km", "evidence": ["nedc"]}
            """);
        Assert.Equal("unknown", nedc.Verdict("low_t"));
        Assert.Equal("wrong_method", nedc.Criterion("low_t").Reason);
        var nedcHigh = One("""
            "t": {"value": "400 gCO2/km", "evidence": ["nedc"]}
            """);
        Assert.Equal("unknown", nedcHigh.Verdict("low_t"));
    }

    [Fact]
    public void Conflict_ResolvedByThePrescribedMethod_UsesThatValue()
    {
        var decision = One("""
            "e": [{"value": "140 gCO2e/kWh", "evidence": ["other"]}, {"value": "90 gCO2e/kWh", "evidence": ["iso"]}]
            """);
        Assert.Equal("met", decision.Verdict("low_e"));
        Assert.Equal("yes", decision.Outcome);
        Assert.Equal("met", decision.Verdict("e_iso"));
        Assert.Equal("resolved", Assert.Single(decision.Conflicts).Outcome);
    }

    [Fact]
    public void Conflict_ResolvedByVerification_WhenNoCandidateUsesThePrescribedMethod()
    {
        var decision = One("""
            "e": [{"value": "140 gCO2e/kWh", "evidence": ["self"]}, {"value": "90 gCO2e/kWh", "evidence": ["tuv"]}]
            """);
        Assert.Equal("met", decision.Verdict("low_e"));
        Assert.Equal("met", decision.Verdict("e_verified"));
        Assert.Equal("met", decision.Verdict("e_by_tuv"));
        Assert.Equal("met", decision.Verdict("e_accredited"));
        Assert.Equal("not_met", decision.Verdict("e_conflicting"));
    }

    [Fact]
    public void Conflict_AgreeingCandidates_GiveTheirCommonVerdict()
    {
        var decision = One("""
            "e": [{"value": "80 gCO2e/kWh", "evidence": ["self"]}, {"value": "95 gCO2e/kWh", "evidence": ["self"]}]
            """);
        Assert.Equal("met", decision.Verdict("low_e"));
        Assert.Equal("yes", decision.Outcome);
        Assert.Equal(["met", "met"], decision.Criterion("low_e").Verdicts.Select(v => v.Verdict));
        var conflict = Assert.Single(decision.Conflicts);
        Assert.Equal(["prefer method \"ISO 14067\"", "prefer verified", "agree on verdict"], conflict.Steps.Select(s => s.Step));
    }

    [Fact]
    public void Conflict_CandidatesStraddlingTheThreshold_AreAConflictToTheDecision()
    {
        var decision = One("""
            "e": [{"value": "80 gCO2e/kWh", "evidence": ["self"]}, {"value": "140 gCO2e/kWh", "evidence": ["self"]}]
            """);
        Assert.Equal("conflict", decision.Verdict("low_e"));
        Assert.Equal("conflicting", decision.Criterion("low_e").Reason);
        Assert.Equal("review_required", decision.Outcome);
        Assert.Equal("tier 'yes' is in conflict", decision.Reason);
        var conflict = Assert.Single(decision.Conflicts);
        Assert.Equal("e", conflict.Input);
        Assert.Equal(["80 gCO2e/kWh", "140 gCO2e/kWh"], conflict.Candidates.Select(c => c.Value));
        Assert.All(conflict.Candidates, c => Assert.Equal("self_declared", Assert.Single(c.Evidence).Verification));
        Assert.Equal([2, 2, 2], conflict.Steps.Select(s => s.Kept));
        Assert.Equal("met", decision.Verdict("e_conflicting"));
        Assert.Equal("not_met", decision.Verdict("e_known"));
    }

    [Fact]
    public void Missing_IsUnknownNotConflict_AndTakesTheOnUnknownOutcome()
    {
        var decision = One("\"t\": \"40 gCO2/km\"");
        Assert.Equal("unknown", decision.Verdict("low_e"));
        Assert.Equal("met", decision.Verdict("e_missing"));
        Assert.Equal("insufficient_evidence", decision.Outcome);
        Assert.Empty(decision.Conflicts);
    }

    [Fact]
    public void DefiniteFailure_OutranksAConflictElsewhere()
    {
        var rubric = BothEngines.Load(Rubric.Replace("yes when low_e", "yes when low_e and low_t"));
        var inputs = """
            "e": [{"value": "80 gCO2e/kWh", "evidence": ["self"]}, {"value": "140 gCO2e/kWh", "evidence": ["self"]}],
            "t": {"value": "90 gCO2/km", "evidence": ["wltp"]}
            """;
        var decision = BothEngines.Screen(rubric, $"{{\"id\": \"d\", {Evidence}, {inputs}}}").Single();
        Assert.Equal("conflict", decision.Verdict("low_e"));
        Assert.Equal("not_met", decision.Verdict("low_t"));
        Assert.Equal("no", decision.Outcome);
    }
}
