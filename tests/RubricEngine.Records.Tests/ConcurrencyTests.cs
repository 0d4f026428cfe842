using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

/// <summary>Two screeners appending to one PostgreSQL store at once, each on its own connection.</summary>
public class ConcurrencyTests : RemovesItsFolders
{
    // Whether two small batches overlap in time is up to the scheduler: on a loaded two-core machine one can finish
    // before the other starts. Every attempt must succeed with a valid chain; at least one must interleave.
    private const int Attempts = 5;

    [Theory]
    [PostgresData]
    public async Task TwoScreeners_OneStoreAtOnce_BothSucceedAndTheChainStaysValid(string kind)
    {
        var interleaved = false;
        for (var attempt = 0; attempt < Attempts && !interleaved; attempt++)
        {
            interleaved = await ScreenTwoAtOnce(kind);
        }

        Assert.True(interleaved, $"in {Attempts} attempts the two runs' records never interleaved");
    }

    /// <summary>Records two batches at once into a new store, checks the store, and tells whether their records interleaved.</summary>
    private static async Task<bool> ScreenTwoAtOnce(string kind)
    {
        var target = TestStores.New(kind);
        using var bothReady = new Barrier(2);
        (string RunId, int Items) Screen(string rubric, string samples)
        {
            bothReady.SignalAndWait(TimeSpan.FromSeconds(60));
            // Small groups, so the two writers' transactions interleave many times.
            return Batches.Record(target, rubric, [samples], groupSize: 2);
        }

        var first = Task.Run(() => Screen("eu-taxonomy.rubric", "samples/eu-taxonomy"));
        var second = Task.Run(() => Screen("gib.rubric", "samples/gib"));
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromMinutes(5));
        var (firstRun, firstItems) = await first;
        var (secondRun, secondItems) = await second;

        using var store = TestStores.Open(target);
        Assert.Empty(store.Verify());
        var runs = store.Runs();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.True(r.Finished));
        Assert.Equal(firstItems, runs.Single(r => r.RunId == firstRun).Decisions);
        Assert.Equal(secondItems, runs.Single(r => r.RunId == secondRun).Decisions);
        var seqs = store.RecordsOf(firstRun).Select(r => r.Id).ToList();
        return seqs[^1] - seqs[0] + 1 > seqs.Count;
    }
}
