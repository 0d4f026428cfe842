using CsCheck;
using RubricEngine.Model.Units;

namespace RubricEngine.Model.Tests;

public class QuantityTests
{
    private static Quantity Q(decimal value, string unit) => new(value, UnitCatalog.Parse(unit));

    [Fact]
    public void EmissionIntensity_InThreeUnits_IsTheSameAmount()
    {
        var a = Q(0.1m, "kgCO2e/kWh");
        Assert.True(a.IsSameAmount(Q(100m, "gCO2e/kWh")));
        Assert.True(a.IsSameAmount(Q(100m, "kgCO2e/MWh")));
        Assert.Equal(100m, a.ConvertTo(UnitCatalog.Parse("gCO2e/kWh")).Value);
        Assert.Equal(100m, a.ConvertTo(UnitCatalog.Parse("kgCO2e/MWh")).Value);
    }

    [Fact]
    public void Compare_AcrossUnits_IsExactAtTheThreshold()
    {
        Assert.False(Q(100m, "gCO2e/kWh") < Q(0.1m, "kgCO2e/kWh"));
        Assert.True(Q(100m, "gCO2e/kWh") <= Q(0.1m, "kgCO2e/kWh"));
        Assert.True(Q(100.0000000001m, "gCO2e/kWh") > Q(0.1m, "kgCO2e/kWh"));
    }

    [Fact]
    public void Compare_DifferentDimensions_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Q(1m, "gCO2e/kWh").CompareTo(Q(1m, "W/m2")));

    [Fact]
    public void ConvertTo_WattHoursToJoules_IsExact() =>
        Assert.Equal(3_600_000m, Q(1m, "kWh").ConvertTo(UnitCatalog.Parse("J")).Value);

    [Fact]
    public void ConvertTo_PowerDensity_AcceptsEquivalentCompoundUnits() =>
        Assert.Equal(5m, Q(0.005m, "kW/m2").ConvertTo(UnitCatalog.Parse("W/m2")).Value);

    [Fact]
    public void Percent_IsARatioOfOneHundredth() =>
        Assert.True(Q(10m, "%").IsSameAmount(new Quantity(0.1m, Unit.One)));

    [Theory]
    [InlineData("g", "kg")]
    [InlineData("kWh", "MWh")]
    [InlineData("gCO2e/kWh", "tCO2e/GWh")]
    [InlineData("MJ/kg", "GJ/t")]
    [InlineData("m2", "ha")]
    [InlineData("kCNY", "bnCNY")]
    public void ConvertTo_AndBack_IsExactForDecimalScales(string from, string to)
    {
        var source = UnitCatalog.Parse(from);
        var target = UnitCatalog.Parse(to);
        Gen.Decimal[-1_000_000m, 1_000_000m].Select(d => decimal.Round(d, 6)).Sample(value =>
        {
            var q = new Quantity(value, source);
            var back = q.ConvertTo(target).ConvertTo(source);
            Assert.Equal(value, back.Value);
            Assert.True(q.IsSameAmount(q.ConvertTo(target)));
        });
    }
}
