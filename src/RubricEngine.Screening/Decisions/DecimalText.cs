using System.Globalization;
using System.Text;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// Decimals as canonical invariant text: no trailing zeros after the point (4.50 and 4.5 print alike), no
/// exponent. Formatting then trimming is far cheaper than normalising by decimal division.
/// </summary>
internal static class DecimalText
{
    // A reused buffer per thread: this runs for every number of every dossier, and zeroing a stack buffer each time showed in profiles.
    [ThreadStatic]
    private static char[]? _buffer;

    public static void Append(StringBuilder text, decimal value) => text.Append(Trimmed(value));

    public static string Format(decimal value) => new(Trimmed(value));

    private static ReadOnlySpan<char> Trimmed(decimal value)
    {
        var buffer = _buffer ??= new char[64];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        var digits = buffer.AsSpan(0, written);
        if (digits.IndexOf('.') < 0)
        {
            return digits;
        }

        digits = digits.TrimEnd('0');
        return digits[^1] == '.' ? digits[..^1] : digits;
    }
}
