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

    /// <summary>The most bytes <see cref="Write"/> needs: 29 digits, a sign, a point and a leading zero.</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// Writes the same text as <see cref="Format"/> as ASCII and returns its length. A non-negative value
    /// whose digits fit in 64 bits (every score and panel value) is written digit by digit: formatting
    /// then trimming costs several times more, and a dossier hash writes hundreds of these.
    /// <paramref name="bits"/> is the caller's scratch space of four ints (no stack buffer: this is hot,
    /// and a stack buffer costs zeroing and a stack cookie on every call).
    /// </summary>
    public static int Write(decimal value, Span<byte> destination, Span<int> bits)
    {
        decimal.GetBits(value, bits);
        if (bits[3] == 0 && bits[2] == 0 && bits[1] == 0 && (uint)bits[0] < 10)
        {
            destination[0] = (byte)('0' + bits[0]); // one digit, no scale: most panel scores
            return 1;
        }

        if (bits[2] != 0 || bits[3] < 0)
        {
            return WriteFormatted(value, destination); // 96-bit digits, or negative (also -0)
        }

        var digits = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        while (scale > 0 && digits % 10 == 0)
        {
            digits /= 10;
            scale--;
        }

        // Digits right to left, with the point and the zeros before it: "0.005" for 5 at scale 3.
        var count = 1;
        for (var rest = digits; rest >= 10; rest /= 10)
        {
            count++;
        }

        var length = Math.Max(count, scale + 1) + (scale > 0 ? 1 : 0);
        var at = length;
        for (var place = 0; place <= scale || digits != 0; place++)
        {
            if (place == scale && scale > 0)
            {
                destination[--at] = (byte)'.';
            }

            destination[--at] = (byte)('0' + (int)(digits % 10));
            digits /= 10;
        }

        return length;
    }

    private static int WriteFormatted(decimal value, Span<byte> destination)
    {
        var text = Trimmed(value);
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = (byte)text[i];
        }

        return text.Length;
    }

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
