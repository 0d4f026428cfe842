using System.Globalization;
using System.Text.RegularExpressions;

namespace RubricEngine.Explain.Data;

/// <summary>Invariant text for numbers, so explanations read the same on every machine.</summary>
internal static partial class Numbers
{
    /// <summary>Decimal places shown for readable scores; exact values stay available beside them.</summary>
    public const int ShownDecimals = 4;

    public static string Text(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    public static string? Text(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The number for reading: exact when it has few decimals, else rounded and marked with "≈" (a weighted
    /// mean such as 3.98885245901639... reads as ≈ 3.9889); null when unknown.
    /// </summary>
    public static string? Readable(decimal? number)
    {
        if (number is not { } value)
        {
            return null;
        }

        var rounded = Math.Round(value, ShownDecimals, MidpointRounding.AwayFromZero);
        // "0.####" shows up to ShownDecimals places without trailing zeros.
        return rounded == value ? Text(value) : "≈ " + rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>A value as the screener wrote it (<c>0.78496196606 %</c>), with a long number rounded for reading.</summary>
    public static string ReadableValue(string value)
    {
        var match = LongNumber().Match(value);
        return match.Success && decimal.TryParse(match.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? Readable(number) + match.Groups[2].Value
            : value;
    }

    [GeneratedRegex(@"^(-?[0-9]+\.[0-9]{5,})(\s.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();
}
