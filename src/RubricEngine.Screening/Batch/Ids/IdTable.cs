namespace RubricEngine.Screening.Batch.Ids;

/// <summary>
/// The ids held in memory: an open-addressing table of 64-bit slots, each a 24-bit tag of the id's hash and the
/// offset of its record in an <see cref="IdArena"/>. A tag match is confirmed byte for byte against the record, so
/// no two different ids are ever taken for one.
/// </summary>
internal sealed class IdTable(IdArena arena)
{
    private const int TagBits = 24;
    private const int TagShift = 64 - TagBits;
    private const long OffsetMask = (1L << TagShift) - 1;
    private const int FirstSlots = 1024;
    private long[] _slots = new long[FirstSlots];

    public int Count { get; private set; }

    public long Bytes => _slots.LongLength * sizeof(long);

    /// <summary>The slots the table would take after its next growth.</summary>
    public long BytesAfterGrowth => NeedsGrowth ? Bytes * 2 : Bytes;

    private bool NeedsGrowth => (Count + 1) * 4L > _slots.Length * 3L;

    /// <summary>The arena offset of the record of the id <paramref name="utf8"/>, if it is held.</summary>
    public bool TryFind(ulong hash, ReadOnlySpan<byte> utf8, out long offset)
    {
        var tag = (long)(hash >> TagShift);
        var mask = _slots.Length - 1;
        for (var i = (int)(hash & (ulong)mask); _slots[i] != 0; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if ((slot >>> TagShift) == tag && IdRecord.Id(arena.At((slot & OffsetMask) - 1)).SequenceEqual(utf8))
            {
                offset = (slot & OffsetMask) - 1;
                return true;
            }
        }

        offset = 0;
        return false;
    }

    /// <summary>Adds an id not held yet, whose record is at <paramref name="offset"/>.</summary>
    public void Add(ulong hash, long offset)
    {
        if (NeedsGrowth)
        {
            Grow();
        }

        Place(_slots, hash, ((long)(hash >> TagShift) << TagShift) | (offset + 1));
        Count++;
    }

    /// <summary>Every held id's hash and record offset.</summary>
    public IEnumerable<(ulong Hash, long Offset)> Entries()
    {
        foreach (var slot in _slots)
        {
            if (slot != 0)
            {
                var offset = (slot & OffsetMask) - 1;
                yield return (IdHash.Of(IdRecord.Id(arena.At(offset))), offset);
            }
        }
    }

    /// <summary>Empties the table and gives back its slots.</summary>
    public void Clear()
    {
        _slots = new long[FirstSlots];
        Count = 0;
    }

    private void Grow()
    {
        var grown = new long[_slots.Length * 2];
        foreach (var (hash, offset) in Entries())
        {
            Place(grown, hash, ((long)(hash >> TagShift) << TagShift) | (offset + 1));
        }

        _slots = grown;
    }

    private static void Place(long[] slots, ulong hash, long slot)
    {
        var mask = slots.Length - 1;
        var i = (int)(hash & (ulong)mask);
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = slot;
    }
}
