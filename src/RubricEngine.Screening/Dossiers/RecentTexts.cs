using System.Text;
using System.Text.Json;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// The strings of recently parsed keys and number texts, one table per kind of token, per thread. A JSON Lines
/// batch repeats the same keys and small numbers in every dossier (an expert panel writes 21 keys 10 times), so
/// each is decoded once and shared instead of allocated for every occurrence. The tables are small and direct-mapped:
/// a miss just decodes and replaces the slot. Only unescaped, valid UTF-8 tokens come here.
/// </summary>
internal sealed class RecentTexts
{
    private const int Slots = 256;
    private const int MaxBytes = 64; // longer tokens are rare and not worth keeping

    [ThreadStatic]
    private static RecentTexts? _ofThisThread;

    private readonly (byte[] Utf8, string Text)?[][] _tables = [new (byte[], string)?[Slots], new (byte[], string)?[Slots]];

    /// <summary>The tables of the calling thread, shared by the parsers that run on it.</summary>
    public static RecentTexts OfThisThread => _ofThisThread ??= new RecentTexts();

    /// <summary>A property name; decoded by the reader on a miss, so invalid UTF-8 still fails as it would have.</summary>
    public string Key(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.GetString()!;
        }

        if (Find(reader.ValueSpan, 0, out var slot) is not { } text)
        {
            text = reader.GetString()!;
            Keep(reader.ValueSpan, 0, slot, text);
        }

        return text;
    }

    /// <summary>The source text of a number token (ASCII by the JSON grammar).</summary>
    public string Number(ReadOnlySpan<byte> utf8)
    {
        if (Find(utf8, 1, out var slot) is not { } text)
        {
            text = Encoding.UTF8.GetString(utf8);
            Keep(utf8, 1, slot, text);
        }

        return text;
    }

    private string? Find(ReadOnlySpan<byte> utf8, int table, out int slot)
    {
        slot = -1;
        if (utf8.Length > MaxBytes || utf8.IsEmpty)
        {
            return null;
        }

        slot = (int)(((uint)utf8.Length * 31) + (utf8[0] * 7u) + (utf8[^1] * 131u) + (utf8[utf8.Length / 2] * 17u)) & (Slots - 1);
        return _tables[table][slot] is var (bytes, text) && utf8.SequenceEqual(bytes) ? text : null;
    }

    private void Keep(ReadOnlySpan<byte> utf8, int table, int slot, string text)
    {
        if (slot >= 0 && !utf8.IsEmpty)
        {
            _tables[table][slot] = (utf8.ToArray(), text);
        }
    }
}
