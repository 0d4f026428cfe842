using System.Globalization;
using System.Text;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// A growable UTF-8 buffer for canonical text that is hashed, never read: appending the bytes directly
/// skips building a string and encoding it afterwards. Each piece is encoded on its own, which gives the
/// same bytes as encoding the joined text, because every piece is followed by an ASCII separator.
/// </summary>
internal sealed class CanonicalBytes
{
    private readonly int[] _decimalBits = new int[4];
    private byte[] _bytes = new byte[4096];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public CanonicalBytes Append(char ascii)
    {
        Reserve(1)[0] = (byte)ascii;
        Length++;
        return this;
    }

    public CanonicalBytes Append(string text)
    {
        var span = Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        Length += Encoding.UTF8.GetBytes(text, span);
        return this;
    }

    public CanonicalBytes Append(int number)
    {
        number.TryFormat(Reserve(11), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>A decimal as <see cref="DecimalText"/> writes it: no trailing zeros, no exponent.</summary>
    public CanonicalBytes Append(decimal number)
    {
        Length += DecimalText.Write(number, Reserve(DecimalText.MaxLength), _decimalBits);
        return this;
    }

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        return _bytes.AsSpan(Length);
    }
}
