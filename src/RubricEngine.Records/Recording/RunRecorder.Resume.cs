using System.Collections.Immutable;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Records.Recording;

/// <summary>A resumed run: what earlier sessions committed is neither screened nor recorded again.</summary>
public sealed partial class RunRecorder
{
    /// <summary>
    /// The dossiers a resumed run still has to screen (not for a cohort rubric: see <see cref="CheckCommitted"/>):
    /// those an earlier session did not commit, found by content (see <see cref="CommittedItems"/>): the dossiers may be
    /// read from other files, folders or positions, in another order. A dossier whose id an earlier session already decided at another
    /// position fails as a duplicate (RUB0408) without being screened, exactly as in an uninterrupted run.
    /// </summary>
    public IEnumerable<DossierReadResult> Pending(IEnumerable<DossierReadResult> reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        return _committed.Count == 0 ? reads : PendingOf(reads);
    }

    /// <summary>
    /// For a cohort rubric, whose figures need every member: the whole cohort is screened again, and every
    /// decision or error an earlier session committed must be byte for byte what this session decides, or the
    /// cohort changed in between and resuming would mix two cohorts in one run (RUB0805, nothing is recorded).
    /// <see cref="Record"/> then leaves the committed items out.
    /// </summary>
    public ImmutableArray<Diagnostic> CheckCommitted(IReadOnlyList<ScreeningItem> cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var where = SourceSpan.At(_store.Target.Display, 0, 0);
        var findings = new List<Diagnostic>();
        var seen = new HashSet<long>();
        var pass = _committed.NewPass();
        foreach (var item in cohort)
        {
            if (pass.Match(item.Source) is not { } record)
            {
                continue;
            }

            seen.Add(record.Seq);
            _committedItems.Add(item);
            if (!RecordBuilder.Payload(item).Span.SequenceEqual(System.Text.Encoding.UTF8.GetBytes(record.Payload)))
            {
                findings.Add(Diagnostic.Create(DiagnosticCatalog.ResumedCohortChanged, where, record.Seq, record.DossierId ?? record.Source, "it decides differently now"));
            }
        }

        findings.AddRange(_committed.Records.Where(r => !seen.Contains(r.Seq)).OrderBy(r => r.Seq)
            .Select(r => Diagnostic.Create(DiagnosticCatalog.ResumedCohortChanged, where, r.Seq, r.DossierId ?? r.Source, "it is not in the cohort now")));
        return [.. findings];
    }

    private IEnumerable<DossierReadResult> PendingOf(IEnumerable<DossierReadResult> reads)
    {
        var pass = _committed.NewPass();
        foreach (var read in reads)
        {
            if (pass.Match(read) is not null)
            {
                continue;
            }

            yield return _committed.DecidedAt(read.DossierId) is { } first && read.Dossier is not null
                ? read with { Dossier = null, Diagnostics = [.. read.Diagnostics, Diagnostic.Create(DiagnosticCatalog.DuplicateDossierId, read.Span, read.DossierId, first)] }
                : read;
        }
    }
}
