using RubricEngine.Model.Diagnostics;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Batch.Ids;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Graph;

namespace RubricEngine.Screening;

/// <summary>Batches: parallel over cores with one engine per worker, results in source order.</summary>
public sealed partial class Screener
{
    // Dossiers per work item of a cohort's parallel pass, and how often progress is reported.
    private const int ChunkSize = 16;

    // Dossiers per work item of the streaming pipeline. Small, because every decision in flight (with its trace
    // and JSON line) survives the collections that happen meanwhile: with 16, two workers and a window of four
    // chunks kept up to 96 decisions alive, and nearly every gen0 collection became a gen1 one (1,094 of 1,437
    // for 100,000 Yeda dossiers on the NRules engine, 396 of 399 on the compiled one; 2 to 5 with 4).
    private const int StreamChunkSize = 4;

    /// <summary>
    /// Screens dossiers as they are read, in parallel, and yields one item per dossier in source order (the
    /// order the reader produced: files sorted by path, then position in the file), whatever the thread count.
    /// Streams, except for a cohort rubric, whose aggregates need the whole cohort first. Given a
    /// <see cref="DossierReader"/>'s sequence, dossiers are also typed on the worker threads. A dossier whose id
    /// was already used fails.
    /// </summary>
    public IEnumerable<ScreeningItem> ScreenBatch(
        IEnumerable<DossierReadResult> dossiers, IProgress<ScreeningSummary>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        if (Rubric.IsCohortRubric)
        {
            return Counted(ScreenCohortBatch(RejectDuplicateIds(Bound(dossiers, cancellation)), cancellation), progress);
        }

        var pending = BatchSafetyNet.Guard(
            dossiers is DossierReadSequence sequence ? sequence.Pending : dossiers.Select(d => new PendingDossier(null, null, d)), path: null);
        return Counted(RejectDuplicateDecisions(ScreenStream(pending, cancellation)), progress);
    }

    /// <summary>Screens a batch to the end and returns every item with the summary.</summary>
    public BatchResult ScreenAll(IEnumerable<DossierReadResult> dossiers, IProgress<ScreeningSummary>? progress = null, CancellationToken cancellation = default)
    {
        var items = ScreenBatch(dossiers, progress, cancellation).ToList();
        var summary = items.Aggregate(default(ScreeningSummary), (s, i) => s.Add(i));
        return new BatchResult(items, summary);
    }

    /// <summary>The worker threads a batch uses: <see cref="ScreenerOptions.Threads"/>, or every core when that is 0.</summary>
    public int WorkerThreads => Options.Threads > 0 ? Options.Threads : Environment.ProcessorCount;

    private IEnumerable<ScreeningItem> ScreenStream(IEnumerable<PendingDossier> dossiers, CancellationToken cancellation)
    {
        var engines = new EnginePool(this);
        // A bounded, ordered pipeline: few dossiers are in flight, so the batch streams and its garbage dies young.
        return OrderedPipeline<PendingDossier, ScreeningItem>.Run(dossiers, StreamChunkSize, WorkerThreads,
            chunk => engines.Run(engine => Array.ConvertAll(chunk, d => Rendered(BatchSafetyNet.Screen(d, read => Screen(engine, read, null))))),
            cancellation);
    }

    /// <summary>On the worker: the decision's JSON Lines bytes and the dossier's canonical content, when asked for.</summary>
    private ScreeningItem Rendered(ScreeningItem item) => item.Decision is not { } decision || !(Options.RenderJsonLines || Options.RenderDossierContent)
        ? item
        : item with
        {
            JsonLine = Options.RenderJsonLines ? DecisionJson.ToJsonLine(decision) : null,
            DossierContent = Options.RenderDossierContent ? CanonicalDossier.Utf8(item.Source.Dossier!) : null,
        };

    private List<DossierReadResult> Bound(IEnumerable<DossierReadResult> dossiers, CancellationToken cancellation) =>
        dossiers is DossierReadSequence sequence
            ? [.. BatchSafetyNet.Guard(sequence.Pending, path: null).AsParallel().AsOrdered().WithDegreeOfParallelism(WorkerThreads).WithCancellation(cancellation).Select(BatchSafetyNet.Bind)]
            : [.. BatchSafetyNet.Guard(dossiers.Select(d => new PendingDossier(null, null, d)), path: null).Select(p => p.Ready!)];

    private static ScreeningItem Screen(IDecisionEngine engine, DossierReadResult read, CohortFigures? cohort) =>
        read.Dossier is null ? new ScreeningItem(read, null) : new ScreeningItem(read, engine.Screen(read.Dossier, cohort));

    /// <summary>Before screening (cohorts): a repeated id fails before it can join the cohort.</summary>
    private static IEnumerable<DossierReadResult> RejectDuplicateIds(IEnumerable<DossierReadResult> dossiers)
    {
        using var seen = new SeenIds();
        foreach (var read in dossiers)
        {
            yield return read.DossierId is { } id && !seen.TryAdd(id, read.Span, out var first) ? Duplicate(read, first) : read;
        }
    }

    /// <summary>After screening (streams), in source order: the decision of a repeated id is dropped and the dossier fails.</summary>
    private static IEnumerable<ScreeningItem> RejectDuplicateDecisions(IEnumerable<ScreeningItem> items)
    {
        using var seen = new SeenIds();
        foreach (var item in items)
        {
            yield return item.Source.DossierId is { } id && !seen.TryAdd(id, item.Source.Span, out var first)
                ? new ScreeningItem(Duplicate(item.Source, first), null)
                : item;
        }
    }

    private static DossierReadResult Duplicate(DossierReadResult read, Model.Text.SourceSpan first) =>
        read with
        {
            Dossier = null,
            Diagnostics = [.. read.Diagnostics, Diagnostic.Create(DiagnosticCatalog.DuplicateDossierId, read.Span, read.DossierId, first)],
        };

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
