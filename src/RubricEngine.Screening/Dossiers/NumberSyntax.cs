using System.Numerics;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// The number syntax of dossiers (<c>-12.5e3</c>: sign, digits, point, exponent) and the check that a parsed
/// decimal is exactly the written number: the same significant digits at the same power of ten.
/// </summary>
internal static class NumberSyntax
{
    /// <summary>The length of the leading number of a text, 0 when it starts with none.</summary>
    public static int PrefixLength(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var digits = 0;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            digits += text[i] == '.' ? 0 : 1;
            i++;
        }

        if (digits == 0)
        {
            return 0;
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

    /// <summary>
    /// Reads the common plain form quickly: digits, optionally a point and more digits, at most 18 digits in all, no
    /// sign, exponent or whitespace (<c>4</c>, <c>3.50</c>). Such a number always fits a decimal exactly, so the
    /// value is built from its digits and scale, the same bits <c>decimal.Parse</c> gives (checked by a test), without
    /// the exactness check the general path needs. False for any other text, which then takes that path.
    /// </summary>
    public static bool TryReadPlain(string text, out decimal number)
    {
        number = 0;
        if (text.Length is 0 or > 19 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        ulong digits = 0;
        var scale = -1; // digits after the point, once one is seen
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits = (digits * 10) + (ulong)(c - '0');
                count++;
                scale += scale >= 0 ? 1 : 0;
            }
            else if (c == '.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (count > 18)
        {
            return false;
        }

        number = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, isNegative: false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>True for a whole text that is one number with at most one decimal point.</summary>
    public static bool IsNumber(string text) =>
        text.Length > 0 && PrefixLength(text) == text.Length && Mantissa(text).Count(c => c == '.') <= 1;

    /// <summary>True when <paramref name="parsed"/> has exactly the significant digits and scale written in <paramref name="text"/>.</summary>
    public static bool IsExactly(string text, decimal parsed)
    {
        var (writtenDigits, writtenExponent) = Written(text);
        var bits = decimal.GetBits(parsed);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var exponent = -((bits[3] >> 16) & 0xFF);
        if (mantissa.IsZero)
        {
            return writtenDigits.Length == 0;
        }

        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
            exponent++;
        }

        return exponent == writtenExponent && mantissa.ToString(System.Globalization.CultureInfo.InvariantCulture) == writtenDigits;
    }

    /// <summary>The significant digits (no leading or trailing zeros) and the power of ten of the last one.</summary>
    private static (string Digits, long Exponent) Written(string text)
    {
        var mantissa = Mantissa(text);
        var e = text.IndexOfAny(['e', 'E']);
        var exponent = e < 0 ? 0L : long.TryParse(text[(e + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var x) ? x : long.MaxValue / 2;
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.TrimStart('+', '-').Replace(".", string.Empty, StringComparison.Ordinal);
        exponent -= point < 0 ? 0 : mantissa.Length - point - 1;
        digits = digits.TrimStart('0');
        var trimmed = digits.TrimEnd('0');
        exponent += digits.Length - trimmed.Length;
        return (trimmed, exponent);
    }

    private static string Mantissa(string text)
    {
        var e = text.IndexOfAny(['e', 'E']);
        return e < 0 ? text : text[..e];
    }
}
