namespace RubricEngine.Rete;

/// <summary>
/// The session's facts by equality, chained through the handles themselves: one array slot per fact
/// instead of a dictionary entry plus a handle, which keeps the allocation per inserted fact low.
/// </summary>
internal sealed class FactTable
{
    private FactHandle?[] buckets = new FactHandle?[8];

    public int Count { get; private set; }

    public FactHandle? Find(object fact) => Find(fact, out _);

    public FactHandle? Find(object fact, out int hash)
    {
        hash = Hash(fact);
        for (var handle = buckets[hash & (buckets.Length - 1)]; handle is not null; handle = handle.NextInTable)
        {
            if (handle.Hash == hash && fact.Equals(handle.Fact))
            {
                return handle;
            }
        }

        return null;
    }

    public void Add(FactHandle handle) => Add(handle, Hash(handle.Fact));

    /// <summary>Adds with the hash <see cref="Find(object, out int)"/> computed, to hash each insert once.</summary>
    public void Add(FactHandle handle, int hash)
    {
        if (Count == buckets.Length)
        {
            Grow();
        }

        handle.Hash = hash;
        ref var head = ref buckets[handle.Hash & (buckets.Length - 1)];
        handle.NextInTable = head;
        head = handle;
        Count++;
    }

    public void Remove(FactHandle handle)
    {
        ref var link = ref buckets[handle.Hash & (buckets.Length - 1)];
        while (link is not null)
        {
            if (ReferenceEquals(link, handle))
            {
                link = handle.NextInTable;
                handle.NextInTable = null;
                Count--;
                return;
            }

            link = ref link.NextInTableRef;
        }
    }

    public IEnumerable<FactHandle> All()
    {
        foreach (var head in buckets)
        {
            for (var handle = head; handle is not null; handle = handle.NextInTable)
            {
                yield return handle;
            }
        }
    }

    private static int Hash(object fact)
    {
        var hash = fact.GetHashCode();
        return hash ^ (hash >>> 16);
    }

    private void Grow()
    {
        var old = buckets;
        buckets = new FactHandle?[old.Length * 2];
        foreach (var head in old)
        {
            var handle = head;
            while (handle is not null)
            {
                var next = handle.NextInTable;
                ref var slot = ref buckets[handle.Hash & (buckets.Length - 1)];
                handle.NextInTable = slot;
                slot = handle;
                handle = next;
            }
        }
    }
}
