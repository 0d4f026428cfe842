using RubricEngine.Model.Text;
using RubricEngine.Screening.Batch.Ids;

namespace RubricEngine.Screening.Tests.Streaming;

public class SeenIdsTests
{
    /// <summary>A budget this small spills every few hundred ids, so runs are written and merged many times.</summary>
    private const long TinyBudget = 16 * 1024;

    [Theory]
    [InlineData(SeenIds.DefaultMemoryBudget)]
    [InlineData(TinyBudget)]
    public void TryAdd_RepeatedId_ReturnsFalseWithTheFirstUse(long budget)
    {
        using var seen = new SeenIds(budget);

        Assert.True(seen.TryAdd("Y0000001", SourceSpan.At("a.jsonl", 1, 1), out _));
        Assert.True(seen.TryAdd("Y0000002", SourceSpan.At("a.jsonl", 2, 1), out _));
        Assert.False(seen.TryAdd("Y0000001", SourceSpan.At("b.jsonl", 7, 3), out var first));

        Assert.Equal("a.jsonl(1,1)", first.ToString());
        Assert.Equal(2, seen.Count);
    }

    [Theory]
    [InlineData(SeenIds.DefaultMemoryBudget)]
    [InlineData(TinyBudget)]
    public void TryAdd_ManyDistinctIdsThenEachAgain_FindsEveryRepeatAndNoFalseOne(long budget)
    {
        using var seen = new SeenIds(budget);
        const int Count = 200_000;
        for (var i = 0; i < Count; i++)
        {
            Assert.True(seen.TryAdd($"D{i}", SourceSpan.At("big.jsonl", i + 1, 1), out _));
        }

        for (var i = 0; i < Count; i += 997)
        {
            Assert.False(seen.TryAdd($"D{i}", SourceSpan.At("again.jsonl", 1, 1), out var first));
            Assert.Equal(SourceSpan.At("big.jsonl", i + 1, 1), first);
        }

        Assert.Equal(Count, seen.Count);
    }

    [Fact]
    public void TryAdd_RandomStreamWithRepeats_AgreesWithADictionaryAcrossSpills()
    {
        var random = new Random(20261202);
        using var seen = new SeenIds(TinyBudget);
        var reference = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var files = new[] { "a.jsonl", "b.yaml", "日本/c.csv" };
        for (var n = 0; n < 60_000; n++)
        {
            // Ids drawn from a space a little larger than the stream, so about a third repeat, early and late.
            var id = random.Next(4) == 0 ? $"P-{random.Next(90_000)}-{new string('z', random.Next(0, 90))}" : $"P-{random.Next(90_000)}";
            var span = SourceSpan.At(files[random.Next(files.Length)], n + 1, random.Next(1, 300));
            var added = seen.TryAdd(id, span, out var first);

            Assert.Equal(reference.TryAdd(id, span), added);
            if (!added)
            {
                Assert.Equal(reference[id], first);
            }
        }

        Assert.Equal(reference.Count, seen.Count);
        Assert.InRange(seen.SpilledRuns, 1, 20);
    }

    [Theory]
    [InlineData(SeenIds.DefaultMemoryBudget)]
    [InlineData(TinyBudget)]
    public void TryAdd_IdsThatDifferOnlyInLengthOrLongOrNonAscii_AreDistinct(long budget)
    {
        using var seen = new SeenIds(budget);
        var ids = new[] { "", "a", "aa", "a\u0000", "é", "e\u0301", "日本", new string('x', 300), new string('x', 301), new string('y', 1_500_000) };
        var filler = Enumerable.Range(0, 5_000).Select(i => $"F{i}").ToArray();
        foreach (var id in ids.Concat(filler))
        {
            Assert.True(seen.TryAdd(id, SourceSpan.At("u.yaml", 1, 1), out _));
        }

        Assert.All(ids.Concat(filler), id => Assert.False(seen.TryAdd(id, SourceSpan.None, out _)));
    }

    [Fact]
    public void Footprint_TenThousandToAMillionIds_StaysWithinTheBudget()
    {
        using var seen = new SeenIds();
        var footprints = new Dictionary<int, long>();
        for (var i = 0; i < 1_000_000; i++)
        {
            Assert.True(seen.TryAdd($"Y{i:D7}", SourceSpan.At("yeda.jsonl", i + 1, 1), out _));
            if (i + 1 is 10_000 or 1_000_000)
            {
                footprints[i + 1] = seen.FootprintBytes;
            }
        }

        // The budget, plus at most one arena block of slack and the runs' fences (8 bytes per 256 ids) and buffers.
        Assert.InRange(footprints[1_000_000], 0, SeenIds.DefaultMemoryBudget + (1 << 20) + (512 * 1024));
        Assert.InRange(footprints[10_000], 0, SeenIds.DefaultMemoryBudget);
        // Spilled about 150,000 ids at a time, merged as a binary counter carries: a handful of runs, not dozens.
        Assert.InRange(seen.SpilledRuns, 1, 4);
        Assert.False(seen.TryAdd("Y0000000", SourceSpan.None, out var first));
        Assert.Equal(1, first.Line);
        Assert.False(seen.TryAdd("Y0999999", SourceSpan.None, out first));
        Assert.Equal(1_000_000, first.Line);
    }
}
