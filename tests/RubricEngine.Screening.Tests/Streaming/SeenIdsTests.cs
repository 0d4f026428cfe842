using RubricEngine.Model.Text;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Screening.Tests.Streaming;

public class SeenIdsTests
{
    [Fact]
    public void TryAdd_RepeatedId_ReturnsFalseWithTheFirstUse()
    {
        var seen = new SeenIds();

        Assert.True(seen.TryAdd("Y0000001", SourceSpan.At("a.jsonl", 1, 1), out _));
        Assert.True(seen.TryAdd("Y0000002", SourceSpan.At("a.jsonl", 2, 1), out _));
        Assert.False(seen.TryAdd("Y0000001", SourceSpan.At("b.jsonl", 7, 3), out var first));

        Assert.Equal("a.jsonl(1,1)", first.ToString());
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public void TryAdd_ManyDistinctIdsThenEachAgain_FindsEveryRepeatAndNoFalseOne()
    {
        var seen = new SeenIds();
        const int Count = 200_000;
        for (var i = 0; i < Count; i++)
        {
            Assert.True(seen.TryAdd($"D{i}", SourceSpan.At("big.jsonl", i + 1, 1), out _));
        }

        for (var i = 0; i < Count; i += 997)
        {
            Assert.False(seen.TryAdd($"D{i}", SourceSpan.At("again.jsonl", 1, 1), out var first));
            Assert.Equal(i + 1, first.Line);
        }

        Assert.Equal(Count, seen.Count);
    }

    [Fact]
    public void TryAdd_IdsThatDifferOnlyInLengthOrLongOrNonAscii_AreDistinct()
    {
        var seen = new SeenIds();
        var ids = new[] { "", "a", "aa", "a\u0000", "é", "e\u0301", "日本", new string('x', 300), new string('x', 301) };
        foreach (var id in ids)
        {
            Assert.True(seen.TryAdd(id, SourceSpan.At("u.yaml", 1, 1), out _));
        }

        Assert.All(ids, id => Assert.False(seen.TryAdd(id, SourceSpan.None, out _)));
    }

    [Fact]
    public void Footprint_MillionIds_StaysFarBelowAStringDictionary()
    {
        var seen = new SeenIds();
        for (var i = 0; i < 1_000_000; i++)
        {
            seen.TryAdd($"Y{i:D7}", SourceSpan.At("yeda.jsonl", i + 1, 1), out _);
        }

        // A Dictionary<string, SourceSpan> of these ids measured about 110 bytes each, 150 with its strings.
        Assert.InRange(seen.FootprintBytes / 1_000_000.0, 10, 40);
    }
}
