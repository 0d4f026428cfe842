namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>
/// Managed memory over one streamed pass: the highest heap seen (sampled, so it includes garbage not yet
/// collected) and what is still live at the end while the stream is open. A batch that streams keeps both flat
/// as it grows; one that buffers grows with it.
/// </summary>
internal sealed class MemoryProbe
{
    private readonly long liveBefore = GC.GetTotalMemory(forceFullCollection: true);
    private readonly long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

    public long PeakHeapBytes { get; private set; }

    public void Sample() => PeakHeapBytes = Math.Max(PeakHeapBytes, GC.GetTotalMemory(forceFullCollection: false));

    /// <summary>Live bytes gained since the start; forces a full collection, so call it once, at the end.</summary>
    public long RetainedBytes() => GC.GetTotalMemory(forceFullCollection: true) - liveBefore;

    /// <summary>Bytes allocated on every thread since the start.</summary>
    public long AllocatedBytes() => GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
}
