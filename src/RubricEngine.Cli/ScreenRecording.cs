using RubricEngine.Cli.Commands;
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

    private ScreenRecording(DecisionStore store, RunRecorder recorder)
    {
        _store = store;
        _recorder = recorder;
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
            return new ScreenRecording(store, store.StartRun(start));
        }

        var resumed = store.ResumeRun(start);
        if (!resumed.Succeeded)
        {
            console.Report(resumed.Errors);
            store.Dispose();
            return null;
        }

        console.Error.WriteLine($"resuming run {resumed.Value!.RunId}: {resumed.Value.AlreadyCommitted} dossiers already recorded");
        return new ScreenRecording(store, resumed.Value);
    }

    /// <summary>The dossiers still to screen: on a resume, those the run did not commit.</summary>
    public IEnumerable<DossierReadResult> Pending(IEnumerable<DossierReadResult> read) =>
        _recorder.AlreadyCommitted == 0 ? read : read.Where(r => !_recorder.IsCommitted(r));

    /// <summary>Records each item as it passes; without <c>--record</c> the batch passes untouched.</summary>
    public static IEnumerable<ScreeningItem> Through(ScreenRecording? recording, IEnumerable<ScreeningItem> items) =>
        recording is null ? items : recording.Record(items);

    private IEnumerable<ScreeningItem> Record(IEnumerable<ScreeningItem> items)
    {
        foreach (var item in items)
        {
            _recorder.Record(item);
            yield return item;
        }
    }

    public void Complete(ScreeningEnvelope envelope, CliConsole console)
    {
        _recorder.Complete(envelope);
        console.Error.WriteLine($"recorded run {_recorder.RunId} in {_store.Display}");
    }

    public void Dispose()
    {
        _recorder.Dispose();
        _store.Dispose();
    }
}
