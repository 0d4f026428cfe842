using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Storage;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Records.Replay;

/// <summary>
/// Re-screens stored decisions from the stored rubric text and dossier content, with the engine that decided,
/// and compares the JSON byte for byte. A cohort run is re-screened as the whole cohort, in record order.
/// </summary>
internal sealed class Replayer(StoreConnection store, Func<string, string, Result<Rubric>> loadRubric, Func<string, ScreenerOptions>? engineOptions)
{
    private readonly SourceSpan _where = SourceSpan.At(store.Target.Display, 0, 0);

    public ReplayReport Run(IEnumerable<string> runIds, string? dossierId)
    {
        var findings = new List<Diagnostic>();
        int replayed = 0, identical = 0;
        foreach (var runId in runIds)
        {
            var records = store.Records("run_id = @run AND kind = @kind", ("@run", runId), ("@kind", RecordKinds.Decision)).ToList();
            foreach (var (record, outcome) in Replay(records, dossierId))
            {
                replayed++;
                if (outcome.Decision is null)
                {
                    findings.Add(Diagnostic.Create(DiagnosticCatalog.ReplayFailed, _where, record.Seq, record.DossierId, outcome.Problem));
                }
                else if (Difference(record, outcome.Decision) is { } difference)
                {
                    findings.Add(difference);
                }
                else
                {
                    identical++;
                }
            }
        }

        return new ReplayReport(replayed, identical, [.. findings]);
    }

    /// <summary>One stored decision re-screened, with the rubric and dossier it was decided on.</summary>
    public Result<ReplayedDecision> One(StoredRecord record)
    {
        var run = store.Records("run_id = @run AND kind = @kind", ("@run", record.RunId), ("@kind", RecordKinds.Decision)).ToList();
        var (screener, problem) = ScreenerFor(record);
        var (_, outcome) = Replay(run, record.DossierId).FirstOrDefault(r => r.Record.Seq == record.Seq);
        if (screener is null || outcome.Decision is null)
        {
            return new Result<ReplayedDecision>(null, [Diagnostic.Create(DiagnosticCatalog.ReplayFailed, _where, record.Seq, record.DossierId, problem ?? outcome.Problem ?? DiagnosticPhrases.NotADecision)]);
        }

        var dossier = CanonicalDossier.Read(store.Content(record.DossierHash!)!.Body, record.Source ?? record.DossierId ?? "stored dossier", screener.Rubric.UnitScope);
        return new Result<ReplayedDecision>(new ReplayedDecision(screener.Rubric, outcome.Decision, dossier), []);
    }

    /// <summary>Re-screens the records (all of a cohort, so its aggregates are the same) and yields those asked for.</summary>
    internal IEnumerable<(StoredRecord Record, (Decision? Decision, DiagnosticPhrase? Problem) Outcome)> Replay(IReadOnlyList<StoredRecord> records, string? dossierId)
    {
        var wanted = records.Where(r => dossierId is null || r.DossierId == dossierId).ToList();
        if (wanted.Count == 0)
        {
            yield break;
        }

        var (screener, problem) = ScreenerFor(wanted[0]);
        var dossiers = new Dictionary<long, Dossier>();
        var unreadable = new Dictionary<long, DiagnosticPhrase>();
        var toRead = screener?.Rubric.IsCohortRubric == true ? records : wanted;
        var units = screener?.Rubric.UnitScope ?? Model.Units.UnitScope.Catalog; // the rubric's declared units read back too
        foreach (var record in toRead)
        {
            try
            {
                var content = record.DossierHash is null ? null : store.Content(record.DossierHash);
                if (content is null || !content.IsIntact)
                {
                    unreadable[record.Seq] = DiagnosticPhrases.StoredDossierUnusable;
                    continue;
                }

                dossiers[record.Seq] = CanonicalDossier.Read(content.Body, record.Source ?? record.DossierId ?? "stored dossier", units);
            }
            catch (FormatException e)
            {
                unreadable[record.Seq] = DiagnosticPhrases.Verbatim(e.Message);
            }
        }

        var decided = screener is null ? [] : Screen(screener, toRead, dossiers);
        foreach (var record in wanted)
        {
            yield return (record, problem is not null ? (null, problem)
                : unreadable.TryGetValue(record.Seq, out var why) ? (null, why)
                : (decided[record.Seq], null));
        }
    }

    private static Dictionary<long, Decision> Screen(Screener screener, IReadOnlyList<StoredRecord> records, Dictionary<long, Dossier> dossiers)
    {
        var present = records.Where(r => dossiers.ContainsKey(r.Seq)).ToList();
        if (screener.Rubric.IsCohortRubric)
        {
            var cohort = screener.ScreenCohort([.. present.Select(r => dossiers[r.Seq])]);
            return present.Select((r, i) => (r.Seq, cohort[i])).ToDictionary(p => p.Seq, p => p.Item2);
        }

        return present.ToDictionary(r => r.Seq, r => screener.Screen(dossiers[r.Seq]));
    }

    private (Screener? Screener, DiagnosticPhrase? Problem) ScreenerFor(StoredRecord record)
    {
        var content = record.RubricHash is null ? null : store.Content(record.RubricHash);
        if (content is null || !content.IsIntact)
        {
            return (null, DiagnosticPhrases.StoredRubricUnusable);
        }

        var loaded = loadRubric(content.Name, content.Body);
        if (!loaded.Succeeded)
        {
            return (null, DiagnosticPhrases.StoredRubricDoesNotLoad(loaded.Errors));
        }

        if (engineOptions is not null)
        {
            try
            {
                return (Screener.Create(loaded.Value!, engineOptions(record.Engine)), null);
            }
            catch (ArgumentException e)
            {
                return (null, DiagnosticPhrases.UnknownEngine(record.Engine, e.Message));
            }
        }

        var compiled = new ScreenerOptions();
        return record.Engine.Equals(compiled.Engine.ToString(), StringComparison.OrdinalIgnoreCase)
            ? (Screener.Create(loaded.Value!, compiled), null)
            : (null, DiagnosticPhrases.EngineNotProvided(record.Engine));
    }

    private Diagnostic? Difference(StoredRecord record, Decision decision)
    {
        var replayed = DecisionJson.Serialize(decision, indented: false);
        if (replayed == record.Payload)
        {
            return null;
        }

        var at = 0;
        while (at < replayed.Length && at < record.Payload.Length && replayed[at] == record.Payload[at])
        {
            at++;
        }

        return Diagnostic.Create(DiagnosticCatalog.ReplayDiffers, _where, record.Seq, record.DossierId, System.Text.Encoding.UTF8.GetByteCount(record.Payload.AsSpan(0, at)), Excerpt(record.Payload, at), Excerpt(replayed, at));
    }

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 20);
        return text.Substring(start, Math.Min(60, text.Length - start));
    }
}
