using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests.Reading;

/// <summary>Numbers beyond a decimal's range or precision are the dossier's error, never rounded or zeroed.</summary>
public class NumberInputTests
{
    [Theory]
    [InlineData("1e-400", "RUB0421")]
    [InlineData("1e400", "RUB0421")]
    [InlineData("99.99999999999999999999999999999", "RUB0421")] // 29 nines after the point would round to 100
    [InlineData("0.00000000000000000000000000001", "RUB0421")] // 1e-29, below a decimal's smallest step
    [InlineData("79228162514264337593543950336", "RUB0421")] // one past decimal.MaxValue
    [InlineData("1,000", "RUB0422")]
    [InlineData("2,5", "RUB0422")]
    public void Screen_NumberNoDecimalHolds_FailsThatDossierWithItsCode(string number, string code)
    {
        var bad = TestRubrics.EmissionsJson("bad", emissions: $"\"{number} gCO2e/kWh\"");
        var text = string.Join("\n", TestRubrics.EmissionsJson("first"), bad, TestRubrics.EmissionsJson("last"));

        var result = Screen.Batch(TestRubrics.Emissions(), text, DossierFormat.JsonLines, "n.jsonl");

        Assert.Equal((2, 1), (result.Summary.Screened, result.Summary.Failed));
        var error = Assert.Single(Assert.Single(result.Failures).Source.Errors);
        Assert.Equal((code, 2), (error.Code, error.Span.Line));
        Assert.Contains($"'{number.Split(',')[0]}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("99.99999999999999999999999999999")]
    public void Screen_InexactBareJsonNumberForADecimalField_FailsWithRub0421(string number)
    {
        var json = TestRubrics.EmissionsJson("bad", market: 4).Replace("\"market\": 4", $"\"market\": {number}", StringComparison.Ordinal);

        var result = Screen.Batch(TestRubrics.Emissions(), json, DossierFormat.Json, "n.json");

        Assert.Contains(Assert.Single(result.Failures).Source.Errors, e => e.Code == "RUB0421" && e.Message.StartsWith("'panel.market'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("9.999999999999999999999999999")]
    [InlineData("1.50000000000000000000000000000000000")] // trailing zeros are not precision
    [InlineData("-0.000")]
    [InlineData("12.5e3")]
    public void ScalarText_NumberADecimalHoldsExactly_IsExact(string number)
    {
        Assert.Equal(NumberText.Exact, ScalarText.Read(number, out var value));
        Assert.Equal(decimal.Parse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("007")]
    [InlineData("3.50")]
    [InlineData("0.0")]
    [InlineData("0.00000000000000001")] // 18 digits, the leading zero included
    [InlineData("999999999999999999")] // 18 digits, the most the quick path reads
    [InlineData("12345678.9012345678")]
    public void TryReadPlain_PlainNumber_GivesTheBitsOfTheGeneralPath(string number)
    {
        Assert.True(NumberSyntax.TryReadPlain(number, out var quick));
        Assert.Equal(NumberText.Exact, ScalarText.Read(number, out var general));
        Assert.Equal(decimal.GetBits(general), decimal.GetBits(quick)); // scale included: 3.50 stays 3.50
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.2.3")]
    [InlineData("1e3")]
    [InlineData("1,000")]
    [InlineData("1234567890123456789")] // 19 digits: left to the general path
    [InlineData("5 MW")]
    public void TryReadPlain_AnythingElse_IsLeftToTheGeneralPath(string text) => Assert.False(NumberSyntax.TryReadPlain(text, out _));

    [Fact]
    public void TryReadPlain_GeneratedNumbers_AgreeWithTheGeneralPath()
    {
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var digits = random.Next(1, 19);
            var text = string.Concat(Enumerable.Range(0, digits).Select(_ => (char)('0' + random.Next(10))));
            var point = random.Next(0, digits);
            text = point == 0 ? text : text[..point] + "." + text[point..];
            Assert.True(NumberSyntax.TryReadPlain(text, out var quick), text);
            ScalarText.Read(text, out var general);
            Assert.Equal(decimal.GetBits(general), decimal.GetBits(quick));
        }
    }
}
