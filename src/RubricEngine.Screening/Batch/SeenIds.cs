using System.Buffers;
using System.Text;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Batch;

/// <summary>
/// The dossier ids of a batch so far, each with where it was first used, to fail a repeated id. A batch of a
/// million dossiers must not hold a million strings and spans (about 150 bytes each), so this keeps each id once
/// as UTF-8 in an append-only arena with its position packed beside it, and finds it through an open-addressing
/// table of 64-bit slots (a 24-bit hash tag and the arena offset). A match of the tag is confirmed byte for byte,
/// so no two different ids are ever taken for one. About 30 bytes per id of 8 to 10 characters.
/// </summary>
internal sealed class SeenIds
{
    private const int BlockBits = 20;
    private const int BlockSize = 1 << BlockBits;
    private const int TagBits = 24;
    private const long OffsetMask = (1L << (64 - TagBits)) - 1;

    private readonly List<byte[]> _blocks = [new byte[4096]];
    private readonly List<string> _paths = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);
    private long[] _slots = new long[1024];
    private long _end;
    private int _count;

    /// <summary>Ids held.</summary>
    public int Count => _count;

    /// <summary>Bytes held by the table and the arena.</summary>
    public long FootprintBytes => (_slots.LongLength * sizeof(long)) + _blocks.Sum(b => (long)b.Length);

    /// <summary>Adds <paramref name="id"/> first used at <paramref name="span"/>; false, with the first use, when it was already there.</summary>
    public bool TryAdd(string id, SourceSpan span, out SourceSpan first)
    {
        var length = Encoding.UTF8.GetByteCount(id);
        var rented = length <= 256 ? null : ArrayPool<byte>.Shared.Rent(length);
        var utf8 = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        Encoding.UTF8.GetBytes(id, utf8);
        try
        {
            var hash = Hash(utf8);
            var tag = (long)(hash >> (64 - TagBits));
            var mask = _slots.Length - 1;
            for (var i = (int)(hash & (ulong)mask); ; i = (i + 1) & mask)
            {
                var slot = _slots[i];
                if (slot == 0)
                {
                    _slots[i] = (tag << (64 - TagBits)) | (Append(utf8, span) + 1);
                    first = default;
                    if (++_count * 4L > _slots.Length * 3L)
                    {
                        Grow();
                    }

                    return true;
                }

                if ((slot >>> (64 - TagBits)) == tag && Matches((slot & OffsetMask) - 1, utf8, out first))
                {
                    return false;
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Appends the record <c>length, id bytes, path index, line, column</c> (numbers as variable-length integers).</summary>
    private long Append(ReadOnlySpan<byte> utf8, SourceSpan span)
    {
        var start = _end;
        WriteNumber((uint)utf8.Length);
        foreach (var b in utf8)
        {
            WriteByte(b);
        }

        WriteNumber((uint)PathIndex(span.Path));
        WriteNumber((uint)span.Line);
        WriteNumber((uint)span.Column);
        return start;
    }

    private bool Matches(long offset, ReadOnlySpan<byte> utf8, out SourceSpan first)
    {
        first = default;
        var at = offset;
        if (ReadNumber(ref at) != utf8.Length)
        {
            return false;
        }

        foreach (var b in utf8)
        {
            if (ReadByte(ref at) != b)
            {
                return false;
            }
        }

        var path = _paths[(int)ReadNumber(ref at)];
        var line = (int)ReadNumber(ref at);
        first = SourceSpan.At(path, line, (int)ReadNumber(ref at));
        return true;
    }

    private int PathIndex(string path)
    {
        if (_paths.Count > 0 && ReferenceEquals(_paths[^1], path))
        {
            return _paths.Count - 1; // dossiers come file by file
        }

        if (!_pathIndex.TryGetValue(path, out var index))
        {
            index = _paths.Count;
            _paths.Add(path);
            _pathIndex[path] = index;
        }

        return index;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new long[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot == 0)
            {
                continue;
            }

            var at = (slot & OffsetMask) - 1;
            var length = (int)ReadNumber(ref at);
            var utf8 = new byte[length];
            for (var k = 0; k < length; k++)
            {
                utf8[k] = ReadByte(ref at);
            }

            var i = (int)(Hash(utf8) & (ulong)mask);
            while (_slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = slot;
        }
    }

    /// <summary>FNV-1a over the bytes, then a 64-bit finaliser so that the low bits (the slot) and the high bits (the tag) both mix.</summary>
    private static ulong Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        return hash ^ (hash >> 33);
    }

    private void WriteNumber(uint value)
    {
        while (value >= 0x80)
        {
            WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        WriteByte((byte)value);
    }

    private uint ReadNumber(ref long at)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = ReadByte(ref at);
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private void WriteByte(byte value)
    {
        var block = (int)(_end >> BlockBits);
        var within = (int)(_end & (BlockSize - 1));
        if (block == _blocks.Count)
        {
            _blocks.Add(new byte[BlockSize]);
        }
        else if (within == _blocks[block].Length)
        {
            // The first block starts small, so a batch of a few dossiers stays small; it grows to a full block.
            var grown = new byte[Math.Min(BlockSize, _blocks[block].Length * 4)];
            _blocks[block].CopyTo(grown, 0);
            _blocks[block] = grown;
        }

        _blocks[block][within] = value;
        _end++;
    }

    private byte ReadByte(ref long at)
    {
        var value = _blocks[(int)(at >> BlockBits)][(int)(at & (BlockSize - 1))];
        at++;
        return value;
    }
}
