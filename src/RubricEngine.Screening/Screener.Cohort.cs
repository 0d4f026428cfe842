using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening;

/// <summary>Cohort batches: correct first, so the whole cohort is read before any dossier is decided.</summary>
public sealed partial class Screener
{
    private IEnumerable<ScreeningItem> ScreenCohortBatch(IEnumerable<DossierReadResult> dossiers, CancellationToken cancellation)
    {
        var all = dossiers.ToList();
        var members = all.Where(d => d.Dossier is not null).Select(d => d.Dossier!).ToList();
        var positions = new Dictionary<DossierReadResult, int>(ReferenceEqualityComparer.Instance);
        foreach (var read in all.Where(d => d.Dossier is not null))
        {
            positions[read] = positions.Count;
        }

        if (Options.Engine == ScreeningEngine.Rules)
        {
            // The whole cohort goes through one session, so its aggregates are rules over every dossier.
            var (decisions, error) = BatchSafetyNet.ScreenCohort(() => ScreenCohort(members));
            return decisions is null
                ? all.Select(d => BatchSafetyNet.CohortFailure(d, error!))
                : all.Select(d => new ScreeningItem(d, d.Dossier is null ? null : decisions[positions[d]]));
        }

        var table = new CohortTable(_plan, members);
        var engines = new EnginePool(this);
        return all.Chunk(ChunkSize)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(WorkerThreads).WithCancellation(cancellation)
            .Select(chunk => engines.Run(engine => chunk.Select(d => BatchSafetyNet.Screen(new PendingDossier(null, null, d), r => Screen(engine, r, table, positions.GetValueOrDefault(d)))).ToArray()))
            .SelectMany(chunk => chunk);
    }
}
