namespace RubricEngine.Screening.Batch.Ids;

/// <summary>
/// One seen id as stored in memory and on disk: its UTF-8 length, its bytes, then the index of its file, its line
/// and its column, each number as a variable-length integer (7 bits a byte), so a short id takes about 14 bytes.
/// </summary>
internal static class IdRecord
{
    /// <summary>The most bytes a record of an id of <paramref name="idBytes"/> UTF-8 bytes takes.</summary>
    public static int MaxLength(int idBytes) => idBytes + (4 * 5);

    /// <summary>Writes the record into <paramref name="to"/> and returns its length.</summary>
    public static int Write(Span<byte> to, ReadOnlySpan<byte> utf8, int path, int line, int column)
    {
        var at = WriteNumber(to, 0, (uint)utf8.Length);
        utf8.CopyTo(to[at..]);
        at += utf8.Length;
        at = WriteNumber(to, at, (uint)path);
        at = WriteNumber(to, at, (uint)line);
        return WriteNumber(to, at, (uint)column);
    }

    /// <summary>The id's bytes of the record that starts <paramref name="record"/>.</summary>
    public static ReadOnlySpan<byte> Id(ReadOnlySpan<byte> record)
    {
        var at = 0;
        var length = (int)ReadNumber(record, ref at);
        return record.Slice(at, length);
    }

    /// <summary>The id's UTF-8 length, read from the first bytes of a record.</summary>
    public static int IdLength(ReadOnlySpan<byte> prefix)
    {
        var at = 0;
        return (int)ReadNumber(prefix, ref at);
    }

    /// <summary>The file index, line and column of the record that starts <paramref name="record"/>.</summary>
    public static (int Path, int Line, int Column) Position(ReadOnlySpan<byte> record)
    {
        var at = 0;
        var idLength = (int)ReadNumber(record, ref at);
        at += idLength;
        var path = (int)ReadNumber(record, ref at);
        var line = (int)ReadNumber(record, ref at);
        return (path, line, (int)ReadNumber(record, ref at));
    }

    /// <summary>The whole record's length, or -1 when <paramref name="prefix"/> is too short to tell.</summary>
    public static int Length(ReadOnlySpan<byte> prefix)
    {
        var at = 0;
        for (var field = 0; field < 4; field++)
        {
            if (!TrySkipNumber(prefix, ref at, out var value))
            {
                return -1;
            }

            if (field == 0)
            {
                at += (int)value;
            }
        }

        return at <= prefix.Length ? at : -1;
    }

    private static int WriteNumber(Span<byte> to, int at, uint value)
    {
        while (value >= 0x80)
        {
            to[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        to[at++] = (byte)value;
        return at;
    }

    private static uint ReadNumber(ReadOnlySpan<byte> from, ref int at)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = from[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private static bool TrySkipNumber(ReadOnlySpan<byte> from, ref int at, out uint value)
    {
        value = 0;
        for (var shift = 0; at < from.Length && shift < 35; shift += 7)
        {
            var b = from[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return true;
            }
        }

        return false;
    }
}
