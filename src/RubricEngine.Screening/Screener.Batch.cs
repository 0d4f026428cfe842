using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening;

/// <summary>Batches: parallel over cores with one engine per worker, results in source order.</summary>
public sealed partial class Screener
{
    private const int ChunkSize = 256;

    /// <summary>
    /// Screens dossiers as they are read, in parallel, and yields one item per dossier in source order (the
    /// order the reader produced: files sorted by path, then position in the file), whatever the thread count.
    /// Streams, except for a cohort rubric, whose aggregates need the whole cohort first.
    /// </summary>
    public IEnumerable<ScreeningItem> ScreenBatch(
        IEnumerable<DossierReadResult> dossiers, IProgress<ScreeningSummary>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var unique = RejectDuplicateIds(dossiers);
        var items = Rubric.IsCohortRubric ? ScreenCohortBatch(unique, cancellation) : ScreenStream(unique, cancellation);
        return Counted(items, progress);
    }

    /// <summary>Screens a batch to the end and returns every item with the summary.</summary>
    public BatchResult ScreenAll(IEnumerable<DossierReadResult> dossiers, IProgress<ScreeningSummary>? progress = null, CancellationToken cancellation = default)
    {
        var items = ScreenBatch(dossiers, progress, cancellation).ToList();
        var summary = items.Aggregate(default(ScreeningSummary), (s, i) => s.Add(i));
        return new BatchResult(items, summary);
    }

    private int Threads => Options.Threads > 0 ? Options.Threads : Environment.ProcessorCount;

    private ParallelQuery<ScreeningItem> ScreenStream(IEnumerable<DossierReadResult> dossiers, CancellationToken cancellation)
    {
        var engines = new EnginePool(this);
        return dossiers.Chunk(ChunkSize)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Threads).WithCancellation(cancellation)
            .Select(chunk => engines.Run(engine => chunk.Select(d => Screen(engine, d, null, 0)).ToArray()))
            .SelectMany(chunk => chunk);
    }

    private ParallelQuery<ScreeningItem> ScreenCohortBatch(IEnumerable<DossierReadResult> dossiers, CancellationToken cancellation)
    {
        // Correct first: the whole cohort is read, its aggregates computed once, then dossiers decided in parallel.
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
            var decisions = ScreenCohort(members);
            return all.Select(d => new ScreeningItem(d, d.Dossier is null ? null : decisions[positions[d]]))
                .AsParallel().AsOrdered().WithDegreeOfParallelism(1);
        }

        var table = new CohortTable(_plan, members);
        var engines = new EnginePool(this);
        return all.Chunk(ChunkSize)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Threads).WithCancellation(cancellation)
            .Select(chunk => engines.Run(engine => chunk.Select(d => Screen(engine, d, table, positions.GetValueOrDefault(d))).ToArray()))
            .SelectMany(chunk => chunk);
    }

    private static ScreeningItem Screen(IDecisionEngine engine, DossierReadResult read, ICohortValues? cohort, int position) =>
        read.Dossier is null ? new ScreeningItem(read, null) : new ScreeningItem(read, engine.Screen(read.Dossier, cohort, position));

    private static IEnumerable<DossierReadResult> RejectDuplicateIds(IEnumerable<DossierReadResult> dossiers)
    {
        var seen = new Dictionary<string, Model.Text.SourceSpan>(StringComparer.Ordinal);
        foreach (var read in dossiers)
        {
            if (read.DossierId is { } id && !seen.TryAdd(id, read.Span))
            {
                var duplicate = Diagnostic.Create(DiagnosticCatalog.DuplicateDossierId, read.Span, id, seen[id]);
                yield return read with { Dossier = null, Diagnostics = [.. read.Diagnostics, duplicate] };
                continue;
            }

            yield return read;
        }
    }

    private static IEnumerable<ScreeningItem> Counted(IEnumerable<ScreeningItem> items, IProgress<ScreeningSummary>? progress)
    {
        var summary = default(ScreeningSummary);
        foreach (var item in items)
        {
            summary = summary.Add(item);
            if (progress is not null && summary.Total % ChunkSize == 0)
            {
                progress.Report(summary);
            }

            yield return item;
        }

        progress?.Report(summary);
    }
}
