using System.Runtime.ExceptionServices;

namespace RubricEngine.Screening.Batch;

/// <summary>
/// An ordered parallel map over a sequential source: workers take chunks of the source one at a time, map them,
/// and the consumer receives the results in source order. At most <c>window</c> chunks are between the source and
/// the consumer, so a slow consumer stops the workers instead of piling up results (PLINQ's ordered merge let
/// producers run thousands of items ahead, and those items lived long enough to reach generation 2, which cost
/// two threads more garbage collection than they gained). One worker runs inline on the consumer's thread.
/// </summary>
internal sealed class OrderedPipeline<TIn, TOut> : IDisposable
{
    private readonly object _sourceLock = new();
    private readonly object _resultLock = new();
    private readonly TOut[]?[] _ring;
    private readonly SemaphoreSlim _free;
    private readonly IEnumerator<TIn> _source;
    private readonly int _chunkSize;
    private readonly Func<TIn[], TOut[]> _map;
    private readonly CancellationToken _cancellation;
    private readonly CancellationTokenSource _stop;
    private long _taken;
    private long _chunks = long.MaxValue;
    private ExceptionDispatchInfo? _failure;

    private OrderedPipeline(IEnumerator<TIn> source, int chunkSize, int window, Func<TIn[], TOut[]> map, CancellationToken cancellation)
    {
        _source = source;
        _chunkSize = chunkSize;
        _map = map;
        _cancellation = cancellation;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _ring = new TOut[]?[window];
        _free = new SemaphoreSlim(window, window);
    }

    /// <summary>Maps <paramref name="source"/> chunk by chunk on <paramref name="workers"/> threads and yields the results in order.</summary>
    public static IEnumerable<TOut> Run(
        IEnumerable<TIn> source, int chunkSize, int workers, Func<TIn[], TOut[]> map, CancellationToken cancellation)
    {
        if (workers <= 1)
        {
            foreach (var chunk in source.Chunk(chunkSize))
            {
                cancellation.ThrowIfCancellationRequested();
                foreach (var item in map(chunk))
                {
                    yield return item;
                }
            }

            yield break;
        }

        using var enumerator = source.GetEnumerator();
        using var pipeline = new OrderedPipeline<TIn, TOut>(enumerator, chunkSize, workers * 2, map, cancellation);
        foreach (var item in pipeline.Consume(workers))
        {
            yield return item;
        }
    }

    private IEnumerable<TOut> Consume(int workers)
    {
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(Work) { IsBackground = true, Name = "rubric screening" }).ToArray();
        var wake = _stop.Token.Register(() => Stop(null));
        foreach (var thread in threads)
        {
            thread.Start();
        }

        try
        {
            for (long next = 0; ; next++)
            {
                var chunk = Next(next);
                if (chunk is null)
                {
                    break;
                }

                _free.Release();
                foreach (var item in chunk)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            Stop(null);
            foreach (var thread in threads)
            {
                thread.Join();
            }

            wake.Dispose();
        }

        _cancellation.ThrowIfCancellationRequested();
    }

    /// <summary>Waits for chunk <paramref name="index"/>; null at the end of the source.</summary>
    private TOut[]? Next(long index)
    {
        lock (_resultLock)
        {
            while (true)
            {
                _failure?.Throw();
                if (_ring[index % _ring.Length] is { } chunk)
                {
                    _ring[index % _ring.Length] = null;
                    return chunk;
                }

                if (index >= Volatile.Read(ref _chunks) || _stop.IsCancellationRequested)
                {
                    return null;
                }

                Monitor.Wait(_resultLock);
            }
        }
    }

    private void Work()
    {
        try
        {
            while (true)
            {
                _free.Wait(_stop.Token);
                if (Take() is not var (index, chunk))
                {
                    return;
                }

                var mapped = _map(chunk);
                lock (_resultLock)
                {
                    _ring[index % _ring.Length] = mapped;
                    Monitor.PulseAll(_resultLock);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped: cancelled, failed elsewhere, or the consumer left early.
        }
        catch (Exception error)
        {
            Stop(ExceptionDispatchInfo.Capture(error));
        }
    }

    /// <summary>The next chunk of the source with its position, or null once the source is done (or the batch stopped).</summary>
    private (long Index, TIn[] Chunk)? Take()
    {
        lock (_sourceLock)
        {
            if (_stop.IsCancellationRequested || _taken >= Volatile.Read(ref _chunks))
            {
                return null;
            }

            var chunk = new List<TIn>(_chunkSize);
            while (chunk.Count < _chunkSize && _source.MoveNext())
            {
                chunk.Add(_source.Current);
            }

            if (chunk.Count == 0)
            {
                lock (_resultLock)
                {
                    Volatile.Write(ref _chunks, _taken);
                    Monitor.PulseAll(_resultLock);
                }

                return null;
            }

            return (_taken++, chunk.ToArray());
        }
    }

    public void Dispose()
    {
        _free.Dispose();
        _stop.Dispose();
    }

    private void Stop(ExceptionDispatchInfo? failure)
    {
        lock (_resultLock)
        {
            _failure ??= failure;
            Monitor.PulseAll(_resultLock);
        }

        if (!_stop.IsCancellationRequested)
        {
            _stop.Cancel(); // wakes workers waiting for a free slot
        }
    }
}
