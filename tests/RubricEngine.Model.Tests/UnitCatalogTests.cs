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
