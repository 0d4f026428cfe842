using System.Collections.Immutable;
using RubricEngine.Cli.Commands;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Records;
using RubricEngine.Records.Recording;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Cli;

/// <summary>
/// <c>screen --record DB [--resume]</c>: opens the decision store before anything is screened (a bad store
/// fails the command with nothing written), records every item as the batch yields it, and closes the run
/// with its envelope.
/// </summary>
internal sealed class ScreenRecording : IDisposable
{
    private readonly DecisionStore _store;
    private readonly RunRecorder _recorder;
    private readonly bool _cohort;

    private ScreenRecording(DecisionStore store, RunRecorder recorder, bool cohort)
    {
        _store = store;
        _recorder = recorder;
        _cohort = cohort;
    }

    /// <summary>Null when the store cannot be used, after printing why.</summary>
    public static ScreenRecording? Open(CliConsole console, ScreenRequest request, Screener screener)
    {
        var opened = DecisionStore.Open(request.Record!, create: !request.Resume);
        if (!opened.Succeeded)
        {
            console.Report(opened.Errors);
            return null;
        }

        var store = opened.Value!;
        var start = new RunStart(screener, Path.GetFileName(request.Rubric), File.ReadAllText(request.Rubric), request.Dossiers);
        if (!request.Resume)
        {
            return new ScreenRecording(store, store.StartRun(start), screener.Rubric.IsCohortRubric);
        }

        var resumed = store.ResumeRun(start);
        if (!resumed.Succeeded)
        {
            console.Report(resumed.Errors);
            store.Dispose();
            return null;
        }

        var cohort = screener.Rubric.IsCohortRubric;
        var words = RecordWords.For(request.Language);
        console.Note(RecordsCommand.Format(words.ResumingRun, resumed.Value!.RunId, resumed.Value.AlreadyCommitted) + (cohort ? words.CohortResumed : string.Empty));
        return new ScreenRecording(store, resumed.Value, cohort);
    }

    /// <summary>
    /// The dossiers still to screen: on a resume, those the run did not commit. A cohort is screened whole,
    /// because its figures depend on every member; its committed members are checked, then not recorded again.
    /// </summary>
    public IEnumerable<DossierReadResult> Pending(IEnumerable<DossierReadResult> read) => _cohort ? read : _recorder.Pending(read);

    /// <summary>Records each item as it passes; without <c>--record</c> the batch passes untouched.</summary>
    public static IEnumerable<ScreeningItem> Through(ScreenRecording? recording, IEnumerable<ScreeningItem> items) =>
        recording is null ? items : recording.Record(items);

    private IEnumerable<ScreeningItem> Record(IEnumerable<ScreeningItem> items)
    {
        if (_cohort && _recorder.AlreadyCommitted > 0)
        {
            // A cohort batch is whole in memory already; check it before the first record is written.
            var cohort = items.ToList();
            var changed = _recorder.CheckCommitted(cohort);
            if (!changed.IsEmpty)
            {
                throw new ResumeRefusedException(changed);
            }

            items = cohort;
        }

        foreach (var item in items)
        {
            _recorder.Record(item);
            yield return item;
        }
    }

    public void Complete(ScreeningEnvelope envelope, CliConsole console, string language)
    {
        _recorder.Complete(envelope);
        console.Note(RecordsCommand.Format(RecordWords.For(language).RecordedRun, _recorder.RunId, _store.Display));
    }

    public void Dispose()
    {
        _recorder.Dispose();
        _store.Dispose();
    }
}

/// <summary>
/// A resumed cohort run whose cohort changed since it was interrupted: thrown out of the batch before anything
/// is recorded or written, so the command can report the findings and exit 1 (an iterator cannot return them).
/// </summary>
internal sealed class ResumeRefusedException(ImmutableArray<Diagnostic> findings) : Exception("The cohort changed since the run was interrupted.")
{
    public ImmutableArray<Diagnostic> Findings { get; } = findings;
}
