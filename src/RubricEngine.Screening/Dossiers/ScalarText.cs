using System.Globalization;

namespace RubricEngine.Screening.Dossiers;

/// <summary>Splits scalar text such as <c>0.09 kgCO2e/kWh</c> or <c>10%</c> into a number and a unit text.</summary>
internal static class ScalarText
{
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>True when the text is a number; <see cref="NumberText.Inexact"/> numbers count, so callers can report them.</summary>
    public static bool TryParseNumber(string text, out decimal number) => Read(text, out number) != NumberText.NotANumber;

    /// <summary>Reads a number, telling apart text that is no number from a number a decimal cannot hold exactly.</summary>
    public static NumberText Read(string text, out decimal number)
    {
        var trimmed = text.Trim();
        if (!NumberSyntax.IsNumber(trimmed))
        {
            number = 0;
            return NumberText.NotANumber;
        }

        // decimal.TryParse rounds past 28 digits and turns 1e-400 into 0; both are refused, never used.
        return decimal.TryParse(trimmed, NumberStyle, CultureInfo.InvariantCulture, out number) && NumberSyntax.IsExactly(trimmed, number)
            ? NumberText.Exact
            : NumberText.Inexact;
    }

    /// <summary>Reads a leading number and whatever follows it; the unit text is empty for a bare number.</summary>
    public static bool TrySplitQuantity(string text, out decimal number, out string unitText) =>
        SplitQuantity(text, out number, out unitText) != NumberText.NotANumber;

    /// <summary>Like <see cref="TrySplitQuantity"/>, telling an inexact number apart.</summary>
    public static NumberText SplitQuantity(string text, out decimal number, out string unitText)
    {
        var trimmed = text.Trim();
        var end = NumberSyntax.PrefixLength(trimmed);
        unitText = trimmed[end..].Trim();
        if (end == 0)
        {
            number = 0;
            return NumberText.NotANumber;
        }

        return Read(trimmed[..end], out number);
    }

    /// <summary>True when the text is a number followed by a unit, such as <c>5 MW</c>.</summary>
    public static bool HasUnit(string text) => TrySplitQuantity(text, out _, out var unit) && unit.Length > 0;

    /// <summary>True when a comma follows the leading number and a digit follows the comma (<c>1,000</c>, <c>2,5 MW</c>).</summary>
    public static bool HasCommaInNumber(string text)
    {
        var trimmed = text.Trim();
        var end = NumberSyntax.PrefixLength(trimmed);
        return end > 0 && end + 1 < trimmed.Length && trimmed[end] == ',' && char.IsAsciiDigit(trimmed[end + 1]);
    }
}

/// <summary>How a text reads as a decimal number.</summary>
internal enum NumberText
{
    /// <summary>Not a number.</summary>
    NotANumber,

    /// <summary>A number a decimal holds exactly.</summary>
    Exact,

    /// <summary>A number beyond a decimal's range or precision.</summary>
    Inexact,
}
