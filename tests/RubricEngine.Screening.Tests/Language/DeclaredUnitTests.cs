using RubricEngine.Model.Logic;
using RubricEngine.Screening.Dossiers;
using static RubricEngine.Screening.Tests.Support.TextScreening;

namespace RubricEngine.Screening.Tests.Language;

/// <summary>Units a rubric declares (tests/fixtures/constructs/units.rubric) read in dossiers, convert exactly and are suggested.</summary>
public class DeclaredUnitTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(ShippedRubricTests.RepositoryRoot(), "tests", "fixtures", "constructs", "units.rubric"));

    [Fact]
    public void Screen_ValuesInDeclaredUnits_ConvertExactlyAcrossTheirMultiples()
    {
        // 0.0015 MtH2 = 1500 tH2; 2500 gCO2e/kgH2 = 2.5 kgCO2e/kgH2; 2.5 kgCO2e/kgH2 * 1500 tH2 = 3750 tCO2e; 9.5 boe/tH2 = 58.14 GJ/tH2.
        var decision = Screen(Text, """{"id": "a", "production": "0.0015 MtH2", "intensity": "2500 gCO2e/kgH2", "energy_use": "9.5 boe/tH2"}""");

        Assert.Equal("low_carbon", decision.Outcome);
        Assert.Equal(
            [("large", "met"), ("clean", "met"), ("efficient", "met"), ("small_footprint", "not_met")],
            decision.Criteria.Select(c => (c.Name, c.Verdict.ToWord())));
        Assert.Equal(("computed", "3750 tCO2e"), Step(decision, "derived:emissions"));
    }

    [Fact]
    public void Screen_AMultipleJustOverTheThreshold_IsNotMet()
    {
        // 9.81 boe = 60.0372 GJ: not below 60 GJ/tH2.
        var decision = Screen(Text, """{"id": "a", "production": "10 tH2", "intensity": "1 kgCO2e/kgH2", "energy_use": "9.81 boe/tH2"}""");

        Assert.Equal("not_met", decision.Criteria.Single(c => c.Name == "efficient").Verdict.ToWord());
        Assert.Equal("other", decision.Outcome);
    }

    [Theory]
    [InlineData("2000 th2", "d.json(1,27): error RUB0300: Unknown unit 'th2'; did you mean 'tH2'?")]
    [InlineData("2000 t", "d.json(1,27): error RUB0404: 'production' expects a quantity of hydrogen, but '2000 t' is a quantity of mass")]
    public void Read_UnitsOutsideTheDeclaredDimension_AreErrorsWithSuggestions(string value, string expected)
    {
        var read = Screener(Text).CreateReader()
            .ReadText($$"""{"id": "a", "production": "{{value}}", "intensity": "1 kgCO2e/kgH2"}""", "d.json", DossierFormat.Json).Single();

        Assert.Equal(expected, Assert.Single(read.Diagnostics).ToString());
    }

    [Fact]
    public void Read_DeclaredUnitInARubricThatDoesNotDeclareIt_IsUnknown()
    {
        const string Other = "rubric o\noutcome a\ninput production: quantity in t\nclassification\n  a when production > 1 t\n  otherwise a\n";
        var read = Screener(Other).CreateReader().ReadText("""{"id": "a", "production": "5 tH2"}""", "d.json", DossierFormat.Json).Single();

        Assert.Equal("d.json(1,27): error RUB0300: Unknown unit 'tH2'", Assert.Single(read.Diagnostics).ToString());
    }
}
