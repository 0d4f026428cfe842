using System.Collections.Concurrent;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Storage;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Records.Recording;

/// <summary>
/// Records one run's items as the batch yields them. Items are grouped into transactions and written by a
/// background thread, so screening goes on while a group commits. What a killed process loses is only the
/// groups not yet committed; <see cref="DecisionStore.ResumeRun"/> screens exactly those again.
/// </summary>
public sealed class RunRecorder : IDisposable
{
    private const int MaxGroupMilliseconds = 1000;
    private readonly StoreConnection _store;
    private readonly RunContext _run;
    private readonly RecordBuilder _builder;
    private readonly int _groupSize;
    private readonly BlockingCollection<List<ScreeningItem>> _queue = new(boundedCapacity: 4);
    private readonly Thread _writer;
    private readonly HashSet<string> _committedDecisions;
    private readonly HashSet<string> _committedErrors;
    private readonly System.Diagnostics.Stopwatch _sinceHandOff = System.Diagnostics.Stopwatch.StartNew();
    private List<ScreeningItem> _pending;
    private Exception? _failure;
    private bool _completed;

    internal RunRecorder(StoreConnection store, RunContext run, int groupSize, HashSet<string> committedDecisions, HashSet<string> committedErrors)
    {
        _store = store;
        _run = run;
        _builder = new RecordBuilder(run);
        _groupSize = groupSize;
        _pending = new List<ScreeningItem>(groupSize);
        _committedDecisions = committedDecisions;
        _committedErrors = committedErrors;
        _writer = new Thread(WriteGroups) { IsBackground = true, Name = "decision-store writer" };
        _writer.Start();
    }

    /// <summary>The run's id.</summary>
    public string RunId => _run.RunId;

    /// <summary>How many dossiers of this run were committed before this recorder started (non-zero on a resume).</summary>
    public int AlreadyCommitted => _committedDecisions.Count + _committedErrors.Count;

    /// <summary>True when a resumed run already committed this dossier: it must not be screened again.</summary>
    public bool IsCommitted(DossierReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return (read.Dossier is not null && _committedDecisions.Contains(read.Dossier.Id)) || _committedErrors.Contains(read.Span.ToString());
    }

    /// <summary>Records one item; call in the batch's order, from one thread.</summary>
    public void Record(ScreeningItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ThrowIfFailed();
        _pending.Add(item);
        // A full group commits, and so does a slow one after a second: a killed run loses at most about a second.
        if (_pending.Count >= _groupSize || _sinceHandOff.ElapsedMilliseconds >= MaxGroupMilliseconds)
        {
            _queue.Add(_pending);
            _pending = new List<ScreeningItem>(_groupSize);
            _sinceHandOff.Restart();
        }
    }

    /// <summary>Commits what is left, then the run's closing envelope.</summary>
    public void Complete(ScreeningEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        Drain();
        _store.Append([], [_run.Record(RecordKinds.RunEnd, null, null, null, RunPayloads.End(_run.RunId, envelope, AlreadyCommitted))]);
        _completed = true;
    }

    /// <summary>Commits what was recorded; without <see cref="Complete"/> the run stays unfinished and can be resumed.</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            try
            {
                Drain();
            }
            catch (InvalidOperationException)
            {
                // The writer already failed, and that failure was reported to the caller that saw it.
            }
        }

        _queue.Dispose();
    }

    private void Drain()
    {
        if (!_queue.IsAddingCompleted)
        {
            if (_pending.Count > 0)
            {
                _queue.Add(_pending);
                _pending = [];
            }

            _queue.CompleteAdding();
        }

        _writer.Join();
        ThrowIfFailed();
    }

    private void WriteGroups()
    {
        try
        {
            foreach (var group in _queue.GetConsumingEnumerable())
            {
                var records = new List<NewRecord>(group.Count);
                var contents = new List<StoredContent>(group.Count);
                _builder.Add(group, records, contents);

                _store.Append(contents, records);
            }
        }
#pragma warning disable CA1031 // The writer thread must not die silently: its failure is rethrown on the recording thread.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _failure = e;
            _queue.CompleteAdding();
        }
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw new InvalidOperationException($"Recording to the decision store failed: {_failure.Message}", _failure);
        }
    }
}
