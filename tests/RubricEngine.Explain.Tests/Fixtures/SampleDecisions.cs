using RubricEngine.Model.Logic;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain.Tests.Fixtures;

/// <summary>Decisions of <see cref="SampleRubric"/>, written out as Screening would produce them.</summary>
internal static class SampleDecisions
{
    public static RubricIdentity Identity { get; } = new("mini-taxonomy", "1.0", "3f2a" + new string('0', 60));

    /// <summary>Every value present and met: aligned, with a score.</summary>
    public static Decision Aligned(string dossierId = "wind-farm-07", string reason = "tier 'aligned' is met") => new(
        Identity, dossierId, "9c1d" + new string('1', 60), "aligned", reason,
        new ScoreResult("total", 3.5m,
        [
            new GroupResult("technical", 1m, 3.5m,
            [
                new IndicatorResult("maturity", 2m, 4m),
                new IndicatorResult("scalability", 1m, 2.5m),
            ]),
        ]),
        [
            new CriterionResult("low_emissions", false, true, Truth.Met, "lifecycle_emissions <= 100 gCO2e/kWh",
                ["<= 100 gCO2e/kWh"], [new UsedValue("lifecycle_emissions", "11 gCO2e/kWh", "gCO2e/kWh", ["lca-2024", "verifier-note"], null)],
                "Annex I, 4.1"),
            new CriterionResult("dnsh_water", true, true, Truth.Met, "water_plan",
                [], [new UsedValue("water_plan", "true", null, ["permit-12"], null)], "Annex I, 4.1 DNSH (3)"),
        ],
        [],
        [
            new TraceStep(1, "criterion:low_emissions", "met", null,
                [new TraceCondition("lifecycle_emissions <= 100 gCO2e/kWh", "met", "lifecycle_emissions = 11 gCO2e/kWh")]),
            new TraceStep(2, "gate:dnsh_water", "met", null, [new TraceCondition("water_plan", "met", "water_plan = true")]),
            new TraceStep(3, "indicator:maturity", "4", "4", []),
            new TraceStep(4, "score:total", "3.5", "3.5", []),
            new TraceStep(5, "tier:aligned", "aligned", null, [new TraceCondition("low_emissions and dnsh_water", "met", "low_emissions = met, dnsh_water = met")]),
        ]);

    /// <summary>The gate's evidence missing and an emission value conflicting: insufficient evidence.</summary>
    public static Decision Insufficient() => new(
        Identity, "solar-roof-12", "77ab" + new string('2', 60), "insufficient_evidence",
        "gate 'dnsh_water' is unknown: water_plan is missing",
        new ScoreResult("total", null, [new GroupResult("technical", 1m, null, [new IndicatorResult("maturity", 2m, 3m), new IndicatorResult("scalability", 1m, null)])]),
        [
            new CriterionResult("low_emissions", false, true, Truth.Unknown, "lifecycle_emissions <= 100 gCO2e/kWh",
                ["<= 100 gCO2e/kWh"], [new UsedValue("lifecycle_emissions", null, null, ["lca-a", "lca-b"], "conflicting")], "Annex I, 4.1"),
            new CriterionResult("dnsh_water", true, false, Truth.Unknown, "water_plan",
                [], [new UsedValue("water_plan", null, null, [], "missing")], "Annex I, 4.1 DNSH (3)"),
        ],
        [
            new MissingInput("lifecycle_emissions", "conflicting", "12 gCO2e/kWh (lca-a) vs 140 gCO2e/kWh (lca-b)"),
            new MissingInput("water_plan", "missing", null),
        ],
        [
            new TraceStep(1, "criterion:low_emissions", "unknown", null,
                [new TraceCondition("lifecycle_emissions <= 100 gCO2e/kWh", "unknown", "lifecycle_emissions = conflicting")]),
            new TraceStep(2, "gate:dnsh_water", "not_applicable", null, []),
            new TraceStep(3, "tier:aligned", "insufficient_evidence", null, [new TraceCondition("low_emissions and dnsh_water", "unknown", "low_emissions = unknown")]),
        ]);

    /// <summary>Markup and quotes in every string a template shows.</summary>
    public static Decision Hostile()
    {
        const string Evil = "<script>alert(\"x&y\")</script>'";
        return new Decision(
            new RubricIdentity(Identity.Id, Identity.Version, Evil), Evil, Evil, Evil, Evil,
            new ScoreResult(Evil, 1m, [new GroupResult(Evil, 1m, 1m, [new IndicatorResult(Evil, 1m, 1m)])]),
            [new CriterionResult(Evil, true, true, Truth.NotMet, Evil, [Evil], [new UsedValue(Evil, Evil, Evil, [Evil], Evil)], Evil)],
            [new MissingInput(Evil, Evil, Evil)],
            [new TraceStep(1, Evil, Evil, Evil, [new TraceCondition(Evil, Evil, Evil)])]);
    }
}
