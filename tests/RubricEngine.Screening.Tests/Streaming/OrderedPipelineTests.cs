using RubricEngine.Screening.Batch;

namespace RubricEngine.Screening.Tests.Streaming;

public class OrderedPipelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Run_AnyWorkerCount_YieldsEveryResultInSourceOrder(int workers)
    {
        var results = OrderedPipeline<int, int>.Run(Enumerable.Range(0, 10_001), 16, workers, chunk => [.. chunk.Select(Slow)], default).ToList();

        Assert.Equal(Enumerable.Range(0, 10_001).Select(i => i * 2), results);
    }

    [Fact]
    public void Run_ChunksThatExpandOrVanish_KeepTheirOrder()
    {
        var results = OrderedPipeline<int, int>.Run(Enumerable.Range(0, 1_000), 7, 3, chunk => [.. chunk.Where(i => i % 3 != 0).SelectMany(i => new[] { i, -i })], default);

        Assert.Equal(Enumerable.Range(0, 1_000).Where(i => i % 3 != 0).SelectMany(i => new[] { i, -i }), results);
    }

    [Fact]
    public void Run_SlowConsumer_HoldsOnlyAFewChunksInFlight()
    {
        var pulled = 0;
        var source = Enumerable.Range(0, 5_000).Select(i => { Interlocked.Increment(ref pulled); return i; });
        var most = 0;
        var seen = 0;
        foreach (var _ in OrderedPipeline<int, int>.Run(source, 16, 2, chunk => chunk, default))
        {
            seen++;
            if (seen % 100 == 0)
            {
                Thread.Sleep(1);
            }

            most = Math.Max(most, Volatile.Read(ref pulled) - seen);
        }

        Assert.Equal(5_000, seen);
        Assert.InRange(most, 0, (2 * 2 * 16) + 16 + 16); // the window, plus the chunk being yielded and one being read
    }

    [Fact]
    public void Run_ConsumerStopsEarly_WorkersEndAndTheSourceIsDisposed()
    {
        var source = new DisposalProbe(100_000);

        var first = OrderedPipeline<int, int>.Run(source, 16, 2, chunk => chunk, default).Take(50).ToList();

        Assert.Equal(Enumerable.Range(0, 50), first);
        Assert.True(source.Disposed);
    }

    [Fact]
    public void Run_MapThrows_TheConsumerGetsTheException()
    {
        var run = OrderedPipeline<int, int>.Run(Enumerable.Range(0, 1_000), 16, 2, chunk => chunk.Contains(500) ? throw new InvalidDataException("boom") : chunk, default);

        Assert.Equal("boom", Assert.Throws<InvalidDataException>(() => run.ToList()).Message);
    }

    [Fact]
    public void Run_Cancelled_StopsWithOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var run = OrderedPipeline<int, int>.Run(Enumerable.Range(0, 1_000_000), 16, 2, chunk => chunk, cancel.Token);

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var i in run)
            {
                if (i == 1_000)
                {
                    cancel.Cancel();
                }
            }
        });
    }

    private static int Slow(int i)
    {
        if (i % 1_000 == 0)
        {
            Thread.Sleep(1); // uneven chunk times, so workers finish out of order
        }

        return i * 2;
    }

    private sealed class DisposalProbe(int count) : IEnumerable<int>
    {
        public bool Disposed { get; private set; }

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                for (var i = 0; i < count; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
