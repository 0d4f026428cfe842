using System.Globalization;

namespace RubricEngine.Screening.Dossiers;

/// <summary>Splits scalar text such as <c>0.09 kgCO2e/kWh</c> or <c>10%</c> into a number and a unit text.</summary>
internal static class ScalarText
{
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryParseNumber(string text, out decimal number) =>
        decimal.TryParse(text.Trim(), NumberStyle, CultureInfo.InvariantCulture, out number);

    /// <summary>Reads a leading number and whatever follows it; the unit text is empty for a bare number.</summary>
    public static bool TrySplitQuantity(string text, out decimal number, out string unitText)
    {
        var trimmed = text.Trim();
        var end = NumberPrefixLength(trimmed);
        unitText = trimmed[end..].Trim();
        return TryParseNumber(trimmed[..end], out number) & end > 0;
    }

    /// <summary>True when the text is a number followed by a unit, such as <c>5 MW</c>.</summary>
    public static bool HasUnit(string text) => TrySplitQuantity(text, out _, out var unit) && unit.Length > 0;

    private static int NumberPrefixLength(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        // An exponent only counts when digits follow: "5 e" is not, and "1e3" is.
        if (i + 1 < text.Length && text[i] is 'e' or 'E'
            && (char.IsAsciiDigit(text[i + 1]) || (text[i + 1] is '+' or '-' && i + 2 < text.Length && char.IsAsciiDigit(text[i + 2]))))
        {
            i += 2;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }
}
