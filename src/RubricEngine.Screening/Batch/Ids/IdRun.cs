using System.Buffers.Binary;

namespace RubricEngine.Screening.Batch.Ids;

/// <summary>
/// One sorted run of spilled ids in a temporary file: entries of (hash, offset of the record in the data file),
/// 16 bytes each, in hash order. Memory keeps only the first hash of every block of 256 entries (the fences), so
/// a lookup reads one 4 KiB block.
/// </summary>
internal sealed class IdRun : IDisposable
{
    public const int EntryBytes = 16;
    private const int EntriesPerBlock = 256;
    public const int BlockBytes = EntriesPerBlock * EntryBytes;
    private readonly TempFile _file;
    private readonly ulong[] _fences;

    private IdRun(TempFile file, ulong[] fences, long count)
    {
        _file = file;
        _fences = fences;
        Count = count;
    }

    public long Count { get; }

    public long FenceBytes => _fences.LongLength * sizeof(ulong);

    /// <summary>Writes entries already in hash order.</summary>
    public static IdRun Write(IEnumerable<(ulong Hash, long Offset)> sorted)
    {
        var file = new TempFile();
        try
        {
            var fences = new List<ulong>();
            Span<byte> entry = stackalloc byte[EntryBytes];
            long count = 0;
            foreach (var (hash, offset) in sorted)
            {
                if (count % EntriesPerBlock == 0)
                {
                    fences.Add(hash);
                }

                BinaryPrimitives.WriteUInt64LittleEndian(entry, hash);
                BinaryPrimitives.WriteInt64LittleEndian(entry[8..], offset);
                file.Append(entry);
                count++;
            }

            file.Flush();
            return new IdRun(file, [.. fences], count);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The two runs' entries as one run in hash order.</summary>
    public static IdRun Merge(IdRun older, IdRun newer) => Write(MergeSorted(older.Entries(), newer.Entries()));

    /// <summary>Every entry in hash order, read a block at a time.</summary>
    public IEnumerable<(ulong Hash, long Offset)> Entries()
    {
        var block = new byte[BlockBytes];
        for (long first = 0; first < Count; first += EntriesPerBlock)
        {
            var entries = ReadBlock(first / EntriesPerBlock, block);
            for (var i = 0; i < entries; i++)
            {
                yield return Entry(block, i);
            }
        }
    }

    /// <summary>
    /// The record offset of the <paramref name="skip"/>-th entry whose hash is <paramref name="hash"/>, or -1 (there
    /// is almost always none or one: two ids share a 64-bit hash once in billions).
    /// </summary>
    public long Candidate(ulong hash, int skip, byte[] block)
    {
        for (var b = StartBlock(hash); b < _fences.Length && _fences[b] <= hash; b++)
        {
            var entries = ReadBlock(b, block);
            for (var i = 0; i < entries; i++)
            {
                var (entryHash, offset) = Entry(block, i);
                if (entryHash > hash)
                {
                    return -1;
                }

                if (entryHash == hash && skip-- == 0)
                {
                    return offset;
                }
            }
        }

        return -1;
    }

    public void Dispose() => _file.Dispose();

    /// <summary>The block before the first fence at or above the hash: entries equal to it may end that block.</summary>
    private int StartBlock(ulong hash)
    {
        int low = 0, high = _fences.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_fences[mid] < hash)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return Math.Max(0, low - 1);
    }

    private int ReadBlock(long index, byte[] block)
    {
        var entries = (int)Math.Min(EntriesPerBlock, Count - (index * EntriesPerBlock));
        var read = _file.Read(block.AsSpan(0, entries * EntryBytes), index * BlockBytes);
        if (read != entries * EntryBytes)
        {
            throw new IOException("A spilled run of dossier ids was cut short in its temporary file.");
        }

        return entries;
    }

    private static (ulong Hash, long Offset) Entry(byte[] block, int i) =>
        (BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(i * EntryBytes)), BinaryPrimitives.ReadInt64LittleEndian(block.AsSpan((i * EntryBytes) + 8)));

    private static IEnumerable<(ulong Hash, long Offset)> MergeSorted(IEnumerable<(ulong Hash, long Offset)> a, IEnumerable<(ulong Hash, long Offset)> b)
    {
        using var left = a.GetEnumerator();
        using var right = b.GetEnumerator();
        bool hasLeft = left.MoveNext(), hasRight = right.MoveNext();
        while (hasLeft || hasRight)
        {
            if (hasLeft && (!hasRight || left.Current.Hash <= right.Current.Hash))
            {
                yield return left.Current;
                hasLeft = left.MoveNext();
            }
            else
            {
                yield return right.Current;
                hasRight = right.MoveNext();
            }
        }
    }
}
