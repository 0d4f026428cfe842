using System.Globalization;
using System.Text;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Tests;

/// <summary>The fast byte writer behind dossier hashes must write exactly what the formatting path writes.</summary>
public class DecimalTextTests
{
    public static TheoryData<string> Values() =>
    [
        "0", "0.0", "0.000", "-0", "-0.00", "4", "4.0", "4.50", "9", "10", "100", "3.5", "2.8", "0.005", "0.0050",
        "-4.5", "-1", "123456789.123456789", "18446744073709551615", "18446744073709551616", "0.0000000000000000000000000001",
        "79228162514264337593543950335", "-79228162514264337593543950335", "7.9228162514264337593543950335", "1000000.000000",
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void Write_AnyDecimal_MatchesFormat(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(DecimalText.Format(value), Written(value));
    }

    [Fact]
    public void Write_ManyScaledValues_MatchFormat()
    {
        var random = new Random(7);
        for (var i = 0; i < 5_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(4), 0, random.Next(2) == 1, (byte)random.Next(29));

            Assert.Equal(DecimalText.Format(value), Written(value));
        }
    }

    private static string Written(decimal value)
    {
        var bytes = new byte[DecimalText.MaxLength];
        return Encoding.ASCII.GetString(bytes, 0, DecimalText.Write(value, bytes, new int[4]));
    }
}
