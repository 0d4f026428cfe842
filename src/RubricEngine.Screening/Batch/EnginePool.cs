using System.Collections.Concurrent;
using RubricEngine.Screening.Graph;

namespace RubricEngine.Screening.Batch;

/// <summary>Engines reused across chunks: a worker takes one, uses it alone, and gives it back.</summary>
internal sealed class EnginePool(Screener screener)
{
    private readonly ConcurrentBag<IDecisionEngine> _idle = [];

    public T Run<T>(Func<IDecisionEngine, T> work)
    {
        var engine = _idle.TryTake(out var idle) ? idle : screener.CreateEngine();
        try
        {
            return work(engine);
        }
        finally
        {
            _idle.Add(engine);
        }
    }
}
