namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>The facts of rubrics/gib.rubric that the generator and the hand-written evaluator share, copied by hand.</summary>
public static class GibRubric
{
    /// <summary>The five statutory green purposes (boolean inputs); the gate needs one of them.</summary>
    public static IReadOnlyList<string> Purposes { get; } =
    [
        "reduces_ghg_emissions", "advances_resource_efficiency", "protects_natural_environment",
        "protects_biodiversity", "promotes_sustainability",
    ];

    /// <summary>The four groups (weight 1 each) and their indicators' rating inputs (weight 1 each), in rubric order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Groups { get; } =
    [
        ["renewable_energy_rating", "energy_efficiency_rating", "waste_management_rating", "green_buildings_rating", "clean_transport_rating"],
        ["ghg_reduction_rating", "resource_efficiency_rating", "natural_environment_rating", "biodiversity_rating", "sustainability_rating"],
        ["due_diligence_rating", "expected_performance_rating", "financial_sustainability_rating", "market_demand_rating", "return_on_investment_rating"],
        ["risk_identification_rating", "risk_assessment_rating", "risk_categories_rating", "policy_risk_rating"],
    ];

    public static IEnumerable<string> Ratings => Groups.SelectMany(g => g);
}
