using System.Globalization;
using System.Text;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// Decimals as canonical invariant text: no trailing zeros after the point (4.50 and 4.5 print alike), no
/// exponent. Formatting then trimming is far cheaper than normalising by decimal division.
/// </summary>
internal static class DecimalText
{
    public static void Append(StringBuilder text, decimal value)
    {
        Span<char> buffer = stackalloc char[64];
        text.Append(Trimmed(value, buffer));
    }

    public static string Format(decimal value)
    {
        Span<char> buffer = stackalloc char[64];
        return new string(Trimmed(value, buffer));
    }

    private static ReadOnlySpan<char> Trimmed(decimal value, Span<char> buffer)
    {
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        var digits = buffer[..written];
        if (digits.IndexOf('.') < 0)
        {
            return digits;
        }

        digits = digits.TrimEnd('0');
        return digits[^1] == '.' ? digits[..^1] : digits;
    }
}
