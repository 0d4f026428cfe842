using CsCheck;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Units;

namespace RubricEngine.Language.Tests;

/// <summary>Units and dimensions as the checker sees them: positions, suggestions and exact conversions.</summary>
public class UnitCheckingTests
{
    private static Result<Model.Rubrics.Rubric> Load(string criterion, string inputs = "input e: quantity in gCO2e/kWh\n") =>
        RubricLoader.LoadText("u.rubric", $"rubric t\noutcome no\n{inputs}criterion c when {criterion}\nclassification\n  no when c\n  otherwise no\n");

    [Fact]
    public void Compare_DifferentDimensions_ReportsErrorAtOperator()
    {
        var result = Load("e < 5 W/m2");
        var error = Assert.Single(result.Errors);
        Assert.Equal("RUB0301", error.Code);
        Assert.Equal((4, 20), (error.Span.Line, error.Span.Column));
        Assert.Contains("'W/m2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SameDimensionOtherUnit_IsAccepted()
    {
        var result = Load("e < 0.1 kgCO2e/kWh and e < 100 kgCO2e/MWh");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Compare_Co2WithCo2e_IsADimensionError()
    {
        var result = Load("e < 100 gCO2/kWh");
        Assert.Equal("RUB0301", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("e < 100 gCO2e/kwh", "kwh", "kWh", 32)]
    [InlineData("e < 100 gCO2e/MWhh", "MWhh", "MWh", 32)]
    [InlineData("e < 100 kgCO2e/kWH", "kWH", "kWh", 33)]
    public void UnknownUnit_PointsAtTheMisspeltTermAndSuggests(string criterion, string term, string suggestion, int column)
    {
        var error = Assert.Single(Load(criterion).Errors);
        Assert.Equal("RUB0300", error.Code);
        Assert.Equal($"Unknown unit '{term}'; did you mean '{suggestion}'?", error.Message);
        Assert.Equal((4, column), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void UnknownUnit_InInputType_IsReportedWithSuggestion()
    {
        var result = Load("e > 1 kg", "input e: quantity in kgs\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal("u.rubric(3,22): error RUB0300: Unknown unit 'kgs'; did you mean 'kg'?", error.ToString());
    }

    [Fact]
    public void Arithmetic_DimensionsCombine_PowerOverAreaComparesWithWattsPerSquareMetre()
    {
        var result = Load("p / a > 5 W/m2", "input p: quantity in MW\ninput a: quantity in km2\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Percent_ComparesWithPlainRatios()
    {
        var result = Load("share of x > 5 %", "input x: integer\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("kg", "g")]
    [InlineData("kWh", "MWh")]
    [InlineData("gCO2e/kWh", "kgCO2e/MWh")]
    [InlineData("tCO2e", "kgCO2e")]
    [InlineData("W/m2", "kW/km2")]
    [InlineData("%", "ppm")]
    public void Conversion_ThereAndBack_IsExact(string from, string to)
    {
        var source = UnitCatalog.Parse(from);
        var target = UnitCatalog.Parse(to);
        Gen.Decimal[-1_000_000m, 1_000_000m].Select(d => decimal.Round(d, 6)).Sample(value =>
        {
            var quantity = new Quantity(value, source);
            var converted = quantity.ConvertTo(target);
            Assert.True(converted.IsSameAmount(quantity));
            Assert.Equal(value, converted.ConvertTo(source).Value);
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void Conversion_IssueExample_IsExact()
    {
        var a = new Quantity(0.1m, UnitCatalog.Parse("kgCO2e/kWh"));
        Assert.Equal(100m, a.ConvertTo(UnitCatalog.Parse("gCO2e/kWh")).Value);
        Assert.Equal(100m, a.ConvertTo(UnitCatalog.Parse("kgCO2e/MWh")).Value);
    }
}
