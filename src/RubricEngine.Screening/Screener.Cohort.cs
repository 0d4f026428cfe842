using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Graph;

namespace RubricEngine.Screening;

/// <summary>
/// Cohort batches: the whole cohort is read, its figures computed once (each dossier's subject values, sorted
/// once per aggregation), then every dossier is decided in parallel against them: n log n, never n².
/// </summary>
public sealed partial class Screener
{
    private IEnumerable<ScreeningItem> ScreenCohortBatch(IEnumerable<DossierReadResult> dossiers, CancellationToken cancellation)
    {
        var all = dossiers.ToList();
        var members = new List<Model.Dossiers.Dossier>(all.Count);
        foreach (var read in all)
        {
            if (read.Dossier is not null)
            {
                members.Add(read.Dossier);
            }
        }

        CohortFigures figures;
        try
        {
            figures = CohortFigures.Compute(Graph, members);
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            // Node evaluation does not throw for bad data; should a bug do so, every member fails with it, none is lost.
            return all.Select(d => BatchSafetyNet.CohortFailure(d, error));
        }

        var engines = new EnginePool(this);
        return all.Chunk(ChunkSize)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(WorkerThreads).WithCancellation(cancellation)
            .Select(chunk => engines.Run(engine => chunk.Select(d => BatchSafetyNet.Screen(new PendingDossier(null, null, d), r => Screen(engine, r, figures))).ToArray()))
            .SelectMany(chunk => chunk);
    }
}
