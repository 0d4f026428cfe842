namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>The facts of rubrics/yeda.rubric that the generator and the hand-written evaluator share, copied by hand.</summary>
public static class YedaRubric
{
    public const int Quorum = 10;

    public const string Panel = "panel";

    public const string Expert = "expert";

    /// <summary>The 20 indicators, each scored as the mean of the panel field of the same name, in rubric order.</summary>
    public static IReadOnlyList<string> Indicators { get; } =
    [
        "market_needs", "market_size", "existing_patent", "chance_of_success", "innovation_level",
        "idea_maturity", "strategic_partner", "product_potential", "human_resources", "competition_level",
        "innovator_involvement", "time_to_develop", "budget", "final_price", "production_complexity",
        "economic_control", "distribution_system", "npv_profit", "npv_sales", "subcontractor_need",
    ];

    /// <summary>Table 2's weights, in the order of <see cref="Indicators"/>.</summary>
    public static IReadOnlyList<decimal> Weights { get; } =
    [
        5.0m, 4.3m, 4.3m, 4.2m, 4.2m, 4.1m, 3.7m, 3.1m, 3.0m, 2.9m,
        2.9m, 2.8m, 2.7m, 2.7m, 2.2m, 2.2m, 1.9m, 1.8m, 1.7m, 1.3m,
    ];

    /// <summary>The position of an indicator in <see cref="Indicators"/>; an unknown field is a broken benchmark.</summary>
    public static int IndexOf(string indicator)
    {
        for (var i = 0; i < Indicators.Count; i++)
        {
            if (Indicators[i] == indicator)
            {
                return i;
            }
        }

        throw new InvalidDataException($"'{indicator}' is not a Yeda indicator.");
    }

    /// <summary>Index of market_needs, whose spread is the experts_agree criterion.</summary>
    public const int MarketNeeds = 0;
}
