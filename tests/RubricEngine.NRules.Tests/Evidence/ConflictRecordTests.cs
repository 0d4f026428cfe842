using RubricEngine.Screening.Decisions;

namespace RubricEngine.NRules.Tests.Evidence;

/// <summary>
/// What a decision records of an input given several values, on both engines (byte-identical JSON): every candidate in
/// source order with whether it is admissible, the requirement it failed, whether it was kept or at which step it was
/// set aside; the steps tried with how many candidates each kept and why; and the outcome. One value records nothing.
/// </summary>
public class ConflictRecordTests
{
    private const string Rubric = """
        rubric conflicts version "1"
        outcome yes
        outcome no
        outcome review_required
        input e: quantity in gCO2e/kWh optional
          when conflicting prefer method "ISO 14067", then prefer verified, then agree on verdict
        input m: quantity in gCO2e/kWh optional
          requires method "ISO 14067" or "ISO 14064-1"
        input u: quantity in gCO2e/kWh optional
          when conflicting prefer verified
        input l: quantity in gCO2e/kWh optional
          when conflicting prefer latest, then prefer lowest
        criterion low_e when e < 100 gCO2e/kWh
        criterion low_m when m < 100 gCO2e/kWh
        criterion low_u when u < 100 gCO2e/kWh
        criterion low_l when l < 100 gCO2e/kWh
        classification
          yes when low_e or low_m or low_u or low_l
          otherwise no
          on conflict review_required
          on unknown insufficient_evidence
        """;

    private const string Evidence = """
        "evidence": [
          {"id": "iso", "document": "LCA", "method": "ISO 14067", "date": "2025-03-01"},
          {"id": "other", "document": "Estimate", "method": "PAS 2050", "date": "2025-03-01"},
          {"id": "tuv", "document": "Audit", "verified_by": "TÜV SÜD"},
          {"id": "dnv", "document": "Review", "verified_by": "DNV"},
          {"id": "self", "document": "Brochure", "verification": "self_declared"}
        ]
        """;

    [Fact]
    public void OneValue_RecordsNoConflict_AndWritesNoConflictsField()
    {
        var (decision, json) = One("\"e\": {\"value\": \"90 gCO2e/kWh\", \"evidence\": [\"iso\"]}");

        Assert.Empty(decision.Conflicts);
        Assert.DoesNotContain("\"conflicts\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvedByRequirements_RecordsTheRequirementTheOtherValueFailed()
    {
        var (decision, json) = One("""
            "m": [{"value": "140 gCO2e/kWh", "evidence": ["other"]}, {"value": "90 gCO2e/kWh", "evidence": ["iso"]}]
            """);

        var conflict = Assert.Single(decision.Conflicts);
        Assert.Equal(("m", "resolved", 1), (conflict.Input, conflict.Outcome, conflict.Left));
        Assert.Empty(conflict.Steps);
        var (failing, used) = (conflict.Candidates[0], conflict.Candidates[1]);
        Assert.Equal(("140 gCO2e/kWh", false, false, (int?)null), (failing.Value, failing.Admissible, failing.Kept, failing.SetAsideAt));
        Assert.Equal(new FailedRequirement("requires method \"ISO 14067\" or \"ISO 14064-1\"", "method"), failing.Failed);
        Assert.Equal(("90 gCO2e/kWh", true, true, (FailedRequirement?)null), (used.Value, used.Admissible, used.Kept, used.Failed));
        Assert.Contains(
            """{"input":"m","outcome":"resolved","candidates":[{"value":"140 gCO2e/kWh","admissible":false,"failed":{"requirement":"requires method \"ISO 14067\" or \"ISO 14064-1\"","kind":"method"},"kept":false,"evidence":[{"id":"other",""",
            json,
            StringComparison.Ordinal);
        Assert.Contains("""],"left":1,"steps":[]}]""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvedByAPolicyStep_RecordsTheStepThatSetTheOtherValueAside()
    {
        var (decision, json) = One("""
            "e": [{"value": "140 gCO2e/kWh", "evidence": ["other"]}, {"value": "90 gCO2e/kWh", "evidence": ["iso"]}]
            """);

        var conflict = Assert.Single(decision.Conflicts);
        Assert.Equal("resolved", conflict.Outcome);
        Assert.Equal([new PolicyStepResult("prefer method \"ISO 14067\"", "prefer_method", 2, 1, "preferred")], conflict.Steps);
        Assert.Equal([(false, (int?)1), (true, null)], conflict.Candidates.Select(c => (c.Kept, c.SetAsideAt)));
        Assert.All(conflict.Candidates, c => Assert.True(c.Admissible));
        Assert.Contains("""{"value":"140 gCO2e/kWh","admissible":true,"kept":false,"set_aside_at":1,"evidence":""", json, StringComparison.Ordinal);
        Assert.Contains("""{"step":"prefer method \"ISO 14067\"","kind":"prefer_method","of":2,"kept":1,"reason":"preferred"}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvedByALaterStep_RecordsEachStepTried()
    {
        // Both dated alike: prefer latest keeps both; prefer lowest takes 90.
        var (decision, _) = One("""
            "l": [{"value": "140 gCO2e/kWh", "evidence": ["other"]}, {"value": "90 gCO2e/kWh", "evidence": ["iso"]}]
            """);

        var conflict = Assert.Single(decision.Conflicts);
        Assert.Equal("resolved", conflict.Outcome);
        Assert.Equal(
            [new PolicyStepResult("prefer latest", "prefer_latest", 2, 2, "all_qualify"), new PolicyStepResult("prefer lowest", "prefer_lowest", 2, 1, "extreme")],
            conflict.Steps);
        Assert.Equal([(int?)2, null], conflict.Candidates.Select(c => c.SetAsideAt));
        Assert.Equal("met", decision.Verdict("low_l"));
    }

    [Fact]
    public void Unresolved_EveryStepKeptBoth_RecordsTheStepsAndBothCandidatesKept()
    {
        var (decision, _) = One("""
            "u": [{"value": "80 gCO2e/kWh", "evidence": ["tuv"]}, {"value": "140 gCO2e/kWh", "evidence": ["dnv"]}]
            """);

        var conflict = Assert.Single(decision.Conflicts);
        Assert.Equal(("unresolved", 2), (conflict.Outcome, conflict.Left));
        Assert.Equal([new PolicyStepResult("prefer verified", "prefer_verified", 2, 2, "all_qualify")], conflict.Steps);
        Assert.All(conflict.Candidates, c => Assert.True(c.Kept));
        Assert.Equal("conflict", decision.Verdict("low_u"));
    }

    [Fact]
    public void AwaitingVerdicts_RecordsThatNoCandidateQualifiedAndTheCriteriaJudge()
    {
        var (decision, _) = One("""
            "e": [{"value": "80 gCO2e/kWh", "evidence": ["self"]}, {"value": "140 gCO2e/kWh", "evidence": ["self"]}]
            """);

        var conflict = Assert.Single(decision.Conflicts);
        Assert.Equal("awaits_verdicts", conflict.Outcome);
        Assert.Equal(["none_qualify", "none_qualify", "left_to_criteria"], conflict.Steps.Select(s => s.Reason));
        Assert.Equal([2, 2, 2], conflict.Steps.Select(s => s.Kept));
        Assert.All(conflict.Candidates, c => Assert.True(c.Kept));
    }

    [Fact]
    public void NoValueAdmissible_RecordsEachFailedRequirement()
    {
        var (decision, _) = One("""
            "m": [{"value": "80 gCO2e/kWh", "evidence": ["self"]}, {"value": "140 gCO2e/kWh", "evidence": ["other"]}]
            """);

        var conflict = Assert.Single(decision.Conflicts);
        Assert.Equal(("none_admissible", 0), (conflict.Outcome, conflict.Left));
        Assert.All(conflict.Candidates, c => Assert.Equal("method", c.Failed?.Kind));
        Assert.Equal("wrong_method", decision.Missing.Single(m => m.Input == "m").Reason);
    }

    [Fact]
    public void ValuesThatAgree_AreResolvedWithoutAStep()
    {
        var (decision, _) = One("""
            "u": [{"value": "100 gCO2e/kWh", "evidence": ["self"]}, {"value": "0.1 kgCO2e/kWh", "evidence": ["tuv"]}]
            """);

        var conflict = Assert.Single(decision.Conflicts);
        Assert.Equal(("resolved", 2), (conflict.Outcome, conflict.Left));
        Assert.Empty(conflict.Steps);
    }

    private static (Decision Decision, string Json) One(string inputs)
    {
        var decision = BothEngines.Screen(BothEngines.Load(Rubric), $"{{\"id\": \"d\", {Evidence}, {inputs}}}").Single();
        return (decision, DecisionJson.Serialize(decision, indented: false));
    }
}
