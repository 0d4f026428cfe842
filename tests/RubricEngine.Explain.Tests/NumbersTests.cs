using RubricEngine.Explain.Data;

namespace RubricEngine.Explain.Tests;

public class NumbersTests
{
    [Fact]
    public void Readable_ShortDecimal_IsExact() => Assert.Equal("3.5", Numbers.Readable(3.5m));

    [Fact]
    public void Readable_LongWeightedMean_IsRoundedAndMarked() =>
        Assert.Equal("≈ 3.9889", Numbers.Readable(3.9888524590163934426229508197m));

    [Fact]
    public void Readable_Unknown_IsNull() => Assert.Null(Numbers.Readable(null));

    [Theory]
    [InlineData("0.7849619660620245757753071972", "≈ 0.785")]
    [InlineData("3.98885245901 gCO2e/kWh", "≈ 3.9889 gCO2e/kWh")]
    [InlineData("90.7548", "90.7548")]
    [InlineData("2.41 %", "2.41 %")]
    [InlineData("solar_pv", "solar_pv")]
    public void ReadableValue_RoundsOnlyLongNumbers(string value, string expected) =>
        Assert.Equal(expected, Numbers.ReadableValue(value));
}
