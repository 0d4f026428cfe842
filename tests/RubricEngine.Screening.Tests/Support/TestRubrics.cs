using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;
using static RubricEngine.Screening.Tests.Support.Build;

namespace RubricEngine.Screening.Tests.Support;

/// <summary>Small rubrics for behaviour tests, built in code.</summary>
internal static class TestRubrics
{
    public const Model.Rubrics.ConflictPolicy PreferVerified = Model.Rubrics.ConflictPolicy.PreferVerified;

    public static readonly ListType PanelType = new([
        new FieldDeclaration("expert", TextType.Instance, true, null, Here),
        new FieldDeclaration("market", DecimalType.Instance, false, null, Here),
        new FieldDeclaration("technical", DecimalType.Instance, false, null, Here),
    ]);

    /// <summary>
    /// A permit gate; low emissions (inclusive, &lt;= 100 gCO2e/kWh) and very low (strict, &lt; 50); a panel of at
    /// least 3 experts scoring market (weight 3) and technical (weight 1); tiers green (low emissions and
    /// score &gt;= 3.5), else not_green.
    /// </summary>
    public static Rubric Emissions(ConflictPolicy conflict = ConflictPolicy.Unknown) => Rubric(
        "emissions",
        [
            Input("lifecycle_emissions", Emission, unit: "gCO2e/kWh", conflict: conflict),
            Input("has_permit", BooleanType.Instance),
            Input("panel", PanelType, minimum: 3),
            Input("sector", new EnumType(["energy", "transport"]), required: true),
            Input("annual_generation", Energy),
        ],
        [
            Criterion("permit", Op(BinaryOperator.Equal, Ref("has_permit", BooleanType.Instance), new LiteralExpr(new Model.Values.TruthValue(Model.Logic.Truth.Met), BooleanType.Instance, Here)), "Art. 3", gate: true),
            Criterion("low_emissions", Op(BinaryOperator.LessOrEqual, Ref("lifecycle_emissions", Emission), Quantity("100 gCO2e/kWh")), "Annex I, 4.1"),
            Criterion("very_low_emissions", Op(BinaryOperator.Less, Ref("lifecycle_emissions", Emission), Quantity("50 gCO2e/kWh")), "Annex I, 4.1(b)"),
            Criterion("small_footprint", Op(BinaryOperator.LessOrEqual, Ref("annual_emissions", Mass, SymbolKind.Derived), Quantity("5 tCO2e")), "Art. 7"),
        ],
        [Tier("green", Op(BinaryOperator.And, Crit("low_emissions"), Op(BinaryOperator.GreaterOrEqual, Ref("total", DecimalType.Instance, SymbolKind.Score), Number(3.5m))))],
        "not_green",
        groups: [Group("panel_scores", 1, Indicator("market", 3, Mean("panel", "market")), Indicator("technical", 1, Mean("panel", "technical")))],
        derived: [new DerivedValue("annual_emissions", Op(BinaryOperator.Multiply, Ref("lifecycle_emissions", Emission), Ref("annual_generation", Energy)), Model.Units.UnitCatalog.Parse("tCO2e"), LocalizedText.Empty, Here)],
        score: ScoreMethod.WeightedMean);

    private static readonly DataType Energy = new QuantityType(Model.Units.UnitCatalog.Parse("MWh").Dimension);
    private static readonly DataType Mass = new QuantityType(Model.Units.UnitCatalog.Parse("tCO2e").Dimension);

    /// <summary>A JSON dossier for <see cref="Emissions"/>; pass null to leave an input out.</summary>
    public static string EmissionsJson(string id, string? emissions = "\"90 gCO2e/kWh\"", string? permit = "true", int experts = 3,
        decimal market = 4, decimal technical = 2, string sector = "energy")
    {
        var panel = string.Join(", ", Enumerable.Range(1, experts).Select(i =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{{\"expert\": \"E{i}\", \"market\": {market}, \"technical\": {technical}}}")));
        var parts = new List<string> { $"\"id\": \"{id}\"", $"\"sector\": \"{sector}\"", $"\"panel\": [{panel}]", "\"annual_generation\": \"50 MWh\"" };
        if (emissions is not null)
        {
            parts.Add($"\"lifecycle_emissions\": {emissions}");
        }

        if (permit is not null)
        {
            parts.Add($"\"has_permit\": {permit}");
        }

        return "{" + string.Join(", ", parts) + "}";
    }
}
