namespace RubricEngine.Screening.Batch.Ids;

/// <summary>The 64-bit hash of an id's UTF-8 bytes that the memory table and the spilled runs are keyed by.</summary>
internal static class IdHash
{
    /// <summary>FNV-1a over the bytes, then a 64-bit finaliser so that the low bits (a slot) and the high bits (a tag) both mix.</summary>
    public static ulong Of(ReadOnlySpan<byte> utf8)
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
}
