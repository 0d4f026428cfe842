namespace RubricEngine.Screening.Batch.Ids;

/// <summary>
/// Append-only storage of id records in blocks of 1 MiB. A record never straddles two blocks (a record longer than
/// a block gets a block of its own), so each is read back as one span. An offset is the block index and the
/// position within it.
/// </summary>
internal sealed class IdArena
{
    private const int BlockBits = 20;
    private const int BlockSize = 1 << BlockBits;
    private const int FirstBlockSize = 4096; // a batch of a few dossiers stays small; the block grows to full size
    private readonly List<byte[]> _blocks = [];
    private int _used;

    /// <summary>Bytes held by the blocks.</summary>
    public long Bytes { get; private set; }

    /// <summary>Bytes written into the blocks (the records themselves).</summary>
    public long UsedBytes { get; private set; }

    public long Append(ReadOnlySpan<byte> record)
    {
        if (_blocks.Count == 0 || _used + record.Length > _blocks[^1].Length)
        {
            MakeRoom(record.Length);
        }

        var offset = ((long)(_blocks.Count - 1) << BlockBits) | (uint)_used;
        record.CopyTo(_blocks[^1].AsSpan(_used));
        _used += record.Length;
        UsedBytes += record.Length;
        return offset;
    }

    public ReadOnlySpan<byte> At(long offset) => _blocks[(int)(offset >> BlockBits)].AsSpan((int)(offset & (BlockSize - 1)));

    public void Clear()
    {
        _blocks.Clear();
        _used = 0;
        Bytes = 0;
        UsedBytes = 0;
    }

    private void MakeRoom(int length)
    {
        if (_blocks.Count > 0 && _blocks[^1].Length < BlockSize && _used + length <= BlockSize)
        {
            var grown = new byte[Math.Max(_used + length, Math.Min(BlockSize, _blocks[^1].Length * 4))];
            _blocks[^1].AsSpan(0, _used).CopyTo(grown);
            Bytes += grown.Length - _blocks[^1].Length;
            _blocks[^1] = grown;
            return;
        }

        var size = _blocks.Count == 0 ? Math.Max(FirstBlockSize, length) : Math.Max(BlockSize, length);
        _blocks.Add(new byte[size]);
        Bytes += size;
        _used = 0;
    }
}
