using System.Collections.Immutable;
using System.Text.Json;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Replay;
using RubricEngine.Records.Verification;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Records;

public sealed partial class DecisionStore
{
    /// <summary>Recomputes the chain and every content hash; each finding names the records concerned. Empty when the store is intact.</summary>
    public ImmutableArray<Diagnostic> Verify() => [.. StoreVerifier.Verify(_store)];

    /// <summary>
    /// Re-screens stored decisions (of one run, or every run; of one dossier, or all) from the stored rubric and
    /// dossiers, and compares them byte for byte with the stored decisions. <paramref name="loadRubric"/> loads
    /// rubric text given its file name and text; <paramref name="engineOptions"/> gives the screener options for
    /// an engine name as records keep it (<c>nrules</c>, <c>compiled</c>): this library plugs in no engine but
    /// the compiled one, so a decision of another engine without them cannot be replayed (RUB0821).
    /// </summary>
    public Result<ReplayReport> Replay(
        Func<string, string, Result<Rubric>> loadRubric, string? runId = null, string? dossierId = null, Func<string, ScreenerOptions>? engineOptions = null)
    {
        ArgumentNullException.ThrowIfNull(loadRubric);
        var runs = Runs().Select(r => r.RunId).Where(r => runId is null || r == runId).ToList();
        if (runs.Count == 0 && runId is not null)
        {
            return NotFound<ReplayReport>(DiagnosticPhrases.NoRun(runId));
        }

        var report = new Replayer(_store, loadRubric, engineOptions).Run(runs, dossierId);
        return report.Replayed == 0 && dossierId is not null
            ? NotFound<ReplayReport>(DiagnosticPhrases.NoDecisionOf(dossierId, runId))
            : new Result<ReplayReport>(report, []);
    }

    /// <summary>Writes a run with its chain proof to one JSON file that <see cref="VerifyExport"/> checks offline; false when there is no such run.</summary>
    public bool Export(string runId, Stream output) => Records.Export.RunExport.Write(_store, runId, output);

    /// <summary>True when the file is an exported run (a JSON document) rather than a store.</summary>
    public static bool IsExport(string path) => Records.Export.ExportVerifier.IsExport(path);

    /// <summary>Verifies an exported run offline: records, chain links to the exported head, rubric and dossiers.</summary>
    public static ImmutableArray<Diagnostic> VerifyExport(string path) => [.. Records.Export.ExportVerifier.Verify(path)];

    /// <summary>Re-screens one stored decision from its stored rubric and dossier (the whole cohort, for a cohort rubric); the arguments are <see cref="Replay"/>'s.</summary>
    public Result<ReplayedDecision> Rescreen(long recordId, Func<string, string, Result<Rubric>> loadRubric, Func<string, ScreenerOptions>? engineOptions = null)
    {
        ArgumentNullException.ThrowIfNull(loadRubric);
        var record = _store.Records("seq = @seq", ("@seq", recordId)).FirstOrDefault();
        return record is null ? NotFound<ReplayedDecision>(DiagnosticPhrases.NoRecord(recordId)) : new Replayer(_store, loadRubric, engineOptions).One(record);
    }

    /// <summary>Every run, oldest first.</summary>
    public IReadOnlyList<RunEntry> Runs()
    {
        var runs = new Dictionary<string, (long First, string Started, string Rubric, int Decisions, int Errors, bool Finished)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var record in _store.Records())
        {
            if (!runs.TryGetValue(record.RunId, out var run))
            {
                order.Add(record.RunId);
                run = (record.Seq, string.Empty, string.Empty, 0, 0, false);
            }

            run = record.Kind switch
            {
                RecordKinds.RunStart when run.Started.Length == 0 => StartOf(record, run),
                RecordKinds.Decision => run with { Decisions = run.Decisions + 1 },
                RecordKinds.Error => run with { Errors = run.Errors + 1 },
                RecordKinds.RunEnd => run with { Finished = true },
                _ => run,
            };
            runs[record.RunId] = run;
        }

        return [.. order.Select(id => runs[id] is var r ? new RunEntry(id, r.First, r.Started, r.Rubric, r.Decisions, r.Errors, r.Finished) : null!)];
    }

    /// <summary>The records of one run (every kind), in chain order.</summary>
    public IReadOnlyList<RecordEntry> RecordsOf(string runId) =>
        [.. _store.Records("run_id = @run", ("@run", runId)).Select(Entry)];

    /// <summary>One record by id, or null.</summary>
    public RecordEntry? Record(long id) => _store.Records("seq = @seq", ("@seq", id)).Select(Entry).FirstOrDefault();

    /// <summary>The stored rubric text or dossier content at an address, as (file name, text), or null.</summary>
    public (string Name, string Text)? ContentAt(string hash) =>
        _store.Content(hash) is { } content ? (content.Name, content.Body) : null;

    private static RecordEntry Entry(StoredRecord r) =>
        new(r.Seq, r.Kind, r.RunId, r.DossierId, r.Source, r.RubricHash, r.DossierHash, r.Engine, r.ProgramVersion, r.Payload, r.Hash);

    private static (long, string, string, int, int, bool) StartOf(StoredRecord record, (long First, string Started, string Rubric, int Decisions, int Errors, bool Finished) run)
    {
        try
        {
            using var json = JsonDocument.Parse(record.Payload);
            var rubric = json.RootElement.GetProperty("rubric");
            return (run.First, json.RootElement.GetProperty("at").GetString() ?? string.Empty,
                $"{rubric.GetProperty("id").GetString()} {rubric.GetProperty("version").GetString()}", run.Decisions, run.Errors, run.Finished);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // An edited envelope still lists; verify reports the edit.
            return (run.First, "?", "?", run.Decisions, run.Errors, run.Finished);
        }
    }

    private Result<T> NotFound<T>(DiagnosticPhrase message)
        where T : class =>
        new(null, [Diagnostic.Create(DiagnosticCatalog.RecordNotFound, SourceSpan.At(Display, 0, 0), message)]);
}
