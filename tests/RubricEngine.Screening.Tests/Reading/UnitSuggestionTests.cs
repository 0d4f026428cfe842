using RubricEngine.Model.Logic;
using RubricEngine.Screening.Dossiers;
using static RubricEngine.Screening.Tests.Support.TextScreening;

namespace RubricEngine.Screening.Tests.Reading;

/// <summary>Dossier units: suggestions prefer the input's dimension; the catalogue's vehicle and solar units read.</summary>
public class UnitSuggestionTests
{
    private const string Text = """
        rubric units
        outcome yes
        outcome no
        input distance: quantity in km
        input tailpipe: quantity in gCO2/km optional
        input capacity: quantity in MWp optional
        criterion clean when tailpipe < 50 gCO2/km
        criterion large when capacity >= 1 MWp
        classification
          yes when clean or large
          otherwise no
        """;

    [Theory]
    [InlineData("12 kn", "d.json(1,25): error RUB0300: Unknown unit 'kn'; did you mean 'km'?")]
    public void Read_MisspeltUnitOfALengthInput_SuggestsALengthUnit(string value, string expected)
    {
        var screener = Screener(Text);
        var read = screener.CreateReader().ReadText($$"""{"id": "a", "distance": "{{value}}"}""", "d.json", DossierFormat.Json).Single();

        Assert.Equal(expected, Assert.Single(read.Diagnostics).ToString());
    }

    [Fact]
    public void Screen_GramsPerMileAndPeakWatts_ConvertExactly()
    {
        // 80 g/mi is 49.709... g/km, below 50; 1500 kWp is 1.5 MWp.
        var decision = Screen(Text, """{"id": "a", "distance": "3 mi", "tailpipe": "80 gCO2/mi", "capacity": "1500 kWp"}""");

        Assert.Equal("yes", decision.Outcome);
        Assert.Equal([("clean", "met"), ("large", "met")], decision.Criteria.Select(c => (c.Name, c.Verdict.ToWord())));
    }
}
