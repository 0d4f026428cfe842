using RubricEngine.Explain.Data;
using RubricEngine.Model.Text;

namespace RubricEngine.Explain.Tests;

public class NumbersTests
{
    [Fact]
    public void Readable_ShortDecimal_IsExact() => Assert.Equal("3.5", Numbers.Readable(3.5m, 4));

    [Fact]
    public void Readable_LongWeightedMean_IsRoundedAndMarked() =>
        Assert.Equal("≈ 3.9889", Numbers.Readable(3.9888524590163934426229508197m, 4));

    [Fact]
    public void Readable_Unknown_IsNull() => Assert.Null(Numbers.Readable(null, 4));

    [Theory]
    [InlineData("0.7849619660620245757753071972", "≈ 0.785")]
    [InlineData("3.98885245901 gCO2e/kWh", "≈ 3.9889 gCO2e/kWh")]
    [InlineData("power_density = 1.6666666666666666666666666667 W/m2", "power_density = ≈ 1.6667 W/m2")]
    [InlineData("90.7548", "90.7548")]
    [InlineData("2.41 %", "2.41 %")]
    [InlineData("solar_pv", "solar_pv")]
    [InlineData("rubric 0.12345 v1.23456", "rubric ≈ 0.1235 v1.23456")]
    public void ReadableValue_RoundsOnlyLongNumbers(string value, string expected) =>
        Assert.Equal(expected, Numbers.ReadableValue(value, 4));

    [Theory]
    [InlineData(4.0487804878048780487804878049, 4, "≈ 4.0488")]
    [InlineData(4.0487804878048780487804878049, 2, "≈ 4.05")]
    [InlineData(3.50, 2, "3.5")]
    [InlineData(-0.125, 2, "≈ -0.13")]
    public void Display_RoundsHalfAwayFromZeroToThePrecisionAndMarksIt(double value, int precision, string expected) =>
        Assert.Equal(expected, NumberText.Display((decimal)value, precision));

    [Fact]
    public void Exact_KeepsEveryDigitWithoutTrailingZeros() =>
        Assert.Equal("1.6666666666666666666666666667", NumberText.Exact(1.6666666666666666666666666667m));
}
