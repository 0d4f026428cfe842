using RubricEngine.Language;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.NRules.Tests.Support;

/// <summary>A two-criterion rubric and dossiers for it, small enough to reason about every rule and fact.</summary>
internal static class Demo
{
    public const string Text = """
        rubric demo version "1"
        outcome fundable
        outcome decline

        input lifecycle_emissions: quantity in gCO2e/kWh
        input capacity: quantity in MW optional

        criterion low_emissions when lifecycle_emissions < 100 gCO2e/kWh
        criterion large when capacity >= 10 MW

        classification
          fundable when low_emissions and large
          otherwise decline
        """;

    public static Rubric Rubric { get; } = Load();

    /// <summary>A dossier stating the given inputs (name, value, unit).</summary>
    public static Dossier Dossier(params (string Input, decimal Value, string Unit)[] inputs) =>
        new("D1", new DateOnly(2026, 1, 1),
            inputs.OrderBy(i => i.Input, StringComparer.Ordinal).Select(i => new DossierEntry(i.Input, [Stated(i.Value, i.Unit)])).ToValueArray(),
            [], SourceSpan.None);

    public static EvidencedValue Stated(decimal value, string unit) =>
        new(Quantity(value, unit), [], SourceSpan.None);

    public static QuantityValue Quantity(decimal value, string unit) => new(new Quantity(value, UnitCatalog.Parse(unit)));

    private static Rubric Load()
    {
        var result = RubricLoader.LoadDsl("demo.rubric", Text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
