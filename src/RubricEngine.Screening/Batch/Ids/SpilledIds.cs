namespace RubricEngine.Screening.Batch.Ids;

/// <summary>
/// The ids that no longer fit in memory: their records appended to one temporary data file, and sorted runs of
/// (hash, record offset) beside it. Runs merge two at a time whenever the newest is at least half the size of the
/// one before (as a binary counter carries), so a batch of n ids spilled r at a time keeps about log2(n / r) runs,
/// and a lookup reads about one block per run.
/// </summary>
internal sealed class SpilledIds : IDisposable
{
    private readonly TempFile _data = new();
    private readonly List<IdRun> _runs = [];
    private readonly byte[] _block = new byte[IdRun.BlockBytes];
    private byte[] _record = new byte[64];

    public int Runs => _runs.Count;

    /// <summary>Memory this tier holds: the runs' fences and its buffers.</summary>
    public long MemoryBytes => _runs.Sum(r => r.FenceBytes) + _block.Length + _record.Length + (64 * 1024 * (_runs.Count + 1));

    /// <summary>Writes every id of the table as one more run. The table is left as it was; the caller clears it.</summary>
    public void Spill(IdTable table, IdArena arena)
    {
        var hashes = new ulong[table.Count];
        var offsets = new long[table.Count];
        var n = 0;
        foreach (var (hash, offset) in table.Entries())
        {
            var record = arena.At(offset);
            hashes[n] = hash;
            offsets[n++] = _data.Length;
            _data.Append(record[..IdRecord.Length(record)]);
        }

        _data.Flush();
        Array.Sort(hashes, offsets, 0, n);
        _runs.Add(IdRun.Write(Pairs(hashes, offsets, n)));
        while (_runs.Count >= 2 && _runs[^1].Count * 2 >= _runs[^2].Count)
        {
            var merged = IdRun.Merge(_runs[^2], _runs[^1]);
            _runs[^2].Dispose();
            _runs[^1].Dispose();
            _runs.RemoveRange(_runs.Count - 2, 2);
            _runs.Add(merged);
        }
    }

    /// <summary>The record of the id <paramref name="utf8"/> if it was spilled, as a span valid until the next call.</summary>
    public bool TryFind(ulong hash, ReadOnlySpan<byte> utf8, out ReadOnlySpan<byte> record)
    {
        foreach (var run in _runs)
        {
            long offset;
            for (var k = 0; (offset = run.Candidate(hash, k, _block)) >= 0; k++)
            {
                record = ReadRecord(offset);
                if (IdRecord.Id(record).SequenceEqual(utf8))
                {
                    return true;
                }
            }
        }

        record = default;
        return false;
    }

    public void Dispose()
    {
        foreach (var run in _runs)
        {
            run.Dispose();
        }

        _data.Dispose();
    }

    private ReadOnlySpan<byte> ReadRecord(long offset)
    {
        var read = _data.Read(_record, offset);
        var length = IdRecord.Length(_record.AsSpan(0, read));
        if (length < 0 && read == _record.Length)
        {
            _record = new byte[IdRecord.MaxLength(IdRecord.IdLength(_record))];
            read = _data.Read(_record, offset);
            length = IdRecord.Length(_record.AsSpan(0, read));
        }

        if (length < 0)
        {
            throw new IOException("A spilled dossier id was cut short in its temporary file.");
        }

        return _record.AsSpan(0, length);
    }

    private static IEnumerable<(ulong Hash, long Offset)> Pairs(ulong[] hashes, long[] offsets, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (hashes[i], offsets[i]);
        }
    }
}
