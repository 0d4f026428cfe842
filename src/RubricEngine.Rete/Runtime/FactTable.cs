namespace RubricEngine.Rete;

/// <summary>
/// The session's facts by equality, chained through the handles themselves: one array slot per fact
/// instead of a dictionary entry plus a handle, which keeps the allocation per inserted fact low.
/// </summary>
internal sealed class FactTable
{
    private const int ShrinkAbove = 1024;
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
                if (buckets.Length > ShrinkAbove && Count * 16 < buckets.Length)
                {
                    // A big batch has left: shrink so scans (Query) cost the facts held, not the peak.
                    Resize(buckets.Length / 4);
                }

                return;
            }

            link = ref link.NextInTableRef;
        }
    }

    /// <summary>The held facts that are <typeparamref name="T"/>, in insertion order.</summary>
    public T[] OfType<T>()
    {
        var found = new List<FactHandle>();
        foreach (var head in buckets)
        {
            for (var handle = head; handle is not null; handle = handle.NextInTable)
            {
                if (handle.Fact is T)
                {
                    found.Add(handle);
                }
            }
        }

        found.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        var result = new T[found.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (T)found[i].Fact;
        }

        return result;
    }

    private static int Hash(object fact)
    {
        var hash = fact.GetHashCode();
        return hash ^ (hash >>> 16);
    }

    private void Grow() => Resize(buckets.Length * 2);

    private void Resize(int length)
    {
        var old = buckets;
        buckets = new FactHandle?[length];
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
