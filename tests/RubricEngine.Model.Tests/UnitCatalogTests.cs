using RubricEngine.Model.Units;

namespace RubricEngine.Model.Tests;

public class UnitCatalogTests
{
    [Theory]
    [InlineData("gCO2e/kWh", "co2e/energy")]
    [InlineData("W/m2", "energy/length^2·time")]
    [InlineData("tCO2e/t", "co2e/mass")]
    [InlineData("gCO2/km", "co2/length")]
    [InlineData("MJ/kg", "energy/mass")]
    [InlineData("%", "none")]
    [InlineData("CNY", "currency:CNY")]
    public void TryParse_KnownExpressions_GivesTheirDimension(string text, string dimension)
    {
        Assert.True(UnitCatalog.TryParse(text, out var unit, out var unknown));
        Assert.Null(unknown);
        Assert.Equal(dimension, unit.Dimension.ToString());
    }

    [Fact]
    public void TryParse_UnknownSymbol_NamesItAndSuggestsTheClosest()
    {
        Assert.False(UnitCatalog.TryParse("gCO2e/kwh", out _, out var unknown));
        Assert.Equal("kwh", unknown);
        Assert.Equal("kWh", UnitCatalog.Suggest("kwh"));
    }

    [Theory]
    [InlineData("1 yr", "365.25 d")]
    [InlineData("12 month", "1 yr")]
    [InlineData("1 mi", "1.609344 km")]
    [InlineData("1 MWp", "1000 kWp")]
    [InlineData("150 g/mi", "93.20567883560009544261512765 g/km")]
    public void Convert_NewCatalogueUnits_AreExact(string from, string to)
    {
        static Quantity Q(string text) => new(decimal.Parse(text[..text.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture), UnitCatalog.Parse(text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..]));
        var target = Q(to);
        Assert.Equal(target.Value, Q(from).ConvertTo(target.Unit).Value);
    }

    [Fact]
    public void PeakWatts_AreARatingNotAPower() =>
        Assert.False(UnitCatalog.Parse("MWp").IsCompatibleWith(UnitCatalog.Parse("MW")));

    [Fact]
    public void Suggest_WithAnExpectedDimension_PrefersUnitsOfIt()
    {
        var length = UnitCatalog.Parse("km").Dimension;
        Assert.Equal("kJ", UnitCatalog.Suggest("kn"));
        Assert.Equal("km", UnitCatalog.Suggest("kn", length));
        Assert.Equal("kWh", UnitCatalog.Suggest("kwh", length)); // nothing of the dimension is close: any unit
    }

    [Fact]
    public void Currencies_AreSeparateDimensions() =>
        Assert.False(UnitCatalog.Parse("CNY").IsCompatibleWith(UnitCatalog.Parse("USD")));

    [Fact]
    public void Co2AndCo2e_AreSeparateDimensions() =>
        Assert.False(UnitCatalog.Parse("gCO2/km").IsCompatibleWith(UnitCatalog.Parse("gCO2e/km")));

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("kg//m")]
    [InlineData("m^0")]
    [InlineData("m99")]
    public void TryParse_MalformedExpression_Fails(string text) =>
        Assert.False(UnitCatalog.TryParse(text, out _, out _));
}
