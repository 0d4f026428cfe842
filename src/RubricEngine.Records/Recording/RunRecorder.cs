using System.Collections.Concurrent;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Content;
using RubricEngine.Records.Storage;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Records.Recording;

/// <summary>
/// Records one run's items as the batch yields them. Items are grouped (a full group, or whatever 200 ms of
/// screening produced: a timer hands a group off when no next item comes, so a slow input still commits what was
/// screened); each group's records are built (JSON, content and record hashes) on a thread-pool
/// thread, and one writer thread appends the built groups in order, one transaction each. The queue between
/// them is bounded, so a slow store slows screening instead of filling memory. What a killed process loses is
/// only the groups not yet committed; <see cref="DecisionStore.ResumeRun"/> screens exactly those again.
/// </summary>
public sealed partial class RunRecorder : IDisposable
{
    private const int MaxGroupMilliseconds = 200;
    private readonly StoreConnection _store;
    private readonly RunContext _run;
    private readonly int _groupSize;
    private const int QueuedGroups = 3;
    private const int MaxRecordsPerTransaction = 4000;
    private readonly BlockingCollection<Task<BuiltGroup>> _queue = new(boundedCapacity: QueuedGroups);
    private readonly Thread _writer;
    private readonly CommittedItems _committed;

    // The cohort members CheckCommitted matched to committed records: Record leaves them out.
    private readonly HashSet<ScreeningItem> _committedItems = new(ReferenceEqualityComparer.Instance);
    private readonly System.Diagnostics.Stopwatch _sinceHandOff = System.Diagnostics.Stopwatch.StartNew();

    // Guards the pending group, which the recording thread fills and the commit timer may hand off.
    private readonly Lock _gate = new();
    private readonly Timer _commitTimer;
    private bool _closed;

    // Contents this run already sent (read and written by the writer thread only): the store ignores
    // repeats, but sending each once saves the bytes.
    private readonly HashSet<string> _sent = new(StringComparer.Ordinal);
    private List<PendingItem> _pending;

    // The rubric and the run-start record, committed with the first group (or the run-end): a session that is
    // refused or killed before anything committed leaves nothing behind.
    private BuiltGroup? _opening;
    private Exception? _failure;
    private bool _completed;

    internal RunRecorder(StoreConnection store, RunContext run, BuiltGroup opening, int groupSize, CommittedItems committed)
    {
        _opening = opening;
        _store = store;
        _run = run;
        _groupSize = groupSize;
        _pending = new List<PendingItem>(groupSize);
        _committed = committed;
        _writer = new Thread(WriteGroups) { IsBackground = true, Name = "decision-store writer" };
        _writer.Start();
        _commitTimer = new Timer(_ => HandOffIfDue(), null, MaxGroupMilliseconds, MaxGroupMilliseconds);
    }

    /// <summary>The run's id.</summary>
    public string RunId => _run.RunId;

    /// <summary>How many dossiers of this run were committed before this recorder started (non-zero on a resume).</summary>
    public int AlreadyCommitted => _committed.Count;

    /// <summary>True when an earlier session of a resumed run committed this dossier: it is not recorded again.</summary>
    public bool IsCommitted(DossierReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return _committed.Find(read) is not null;
    }

    /// <summary>Records one item; call in the batch's order, from one thread.</summary>
    public void Record(ScreeningItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ThrowIfFailed();
        if (_committedItems.Contains(item))
        {
            return; // a cohort member an earlier session committed (CheckCommitted found it identical)
        }

        lock (_gate)
        {
            _pending.Add(PendingItem.Of(item));
            // A full group commits, and so does a slow one after 200 ms: a killed run loses little more than that.
            if (_pending.Count >= _groupSize || _sinceHandOff.ElapsedMilliseconds >= MaxGroupMilliseconds)
            {
                HandOff();
            }
        }
    }

    /// <summary>Commits what is left, then the run's closing envelope.</summary>
    public void Complete(ScreeningEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        Drain();
        AppendAfterOpening(new BuiltGroup([_run.Record(RecordKinds.RunEnd, RunPayloads.End(_run.RunId, envelope, AlreadyCommitted))], []));
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

        _commitTimer.Dispose();
        _queue.Dispose();
    }

    private void Drain()
    {
        lock (_gate)
        {
            _closed = true;
            if (!_queue.IsAddingCompleted)
            {
                if (_pending.Count > 0)
                {
                    HandOff();
                }

                _queue.CompleteAdding();
            }
        }

        _commitTimer.Dispose();
        _writer.Join();
        ThrowIfFailed();
    }

    /// <summary>
    /// The commit timer: hands the pending group off once it is 200 ms old, also when no next item arrives to see it
    /// (a slow standard input). It never waits, so it cannot hold thread-pool threads that the group builds need:
    /// when the recording thread holds the group, or the queue is full (the writer is busy and the group goes with
    /// the next hand-off), this tick does nothing. A failure of the writer is left for the recording thread to report.
    /// </summary>
    private void HandOffIfDue()
    {
        if (!_gate.TryEnter())
        {
            return;
        }

        try
        {
            // Only this class adds to the queue, under the gate, so room seen here is still there for the add.
            if (!_closed && _failure is null && _pending.Count > 0 && _queue.Count < QueuedGroups && _sinceHandOff.ElapsedMilliseconds >= MaxGroupMilliseconds)
            {
                HandOff();
            }
        }
        catch (InvalidOperationException) when (_failure is not null)
        {
            // Reported by the next Record, Complete or Dispose.
        }
        finally
        {
            _gate.Exit();
        }
    }

    /// <summary>Starts building the pending group and queues it for the writer; blocks while the queue is full. Under <see cref="_gate"/>.</summary>
    private void HandOff()
    {
        var group = _pending;
        var run = _run;
        _pending = new List<PendingItem>(_groupSize);
        _sinceHandOff.Restart();
        try
        {
            _queue.Add(Task.Run(() => RecordBuilder.Build(run, group)));
        }
        catch (InvalidOperationException) when (_failure is not null)
        {
            // The writer failed and closed the queue, also while this thread waited for room in it.
            ThrowIfFailed();
        }
    }

    private void WriteGroups()
    {
        try
        {
            foreach (var building in _queue.GetConsumingEnumerable())
            {
                AppendAfterOpening(WithQueuedGroups(building.GetAwaiter().GetResult()));
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

    /// <summary>
    /// The group and, when the writer has fallen behind, the groups already queued after it, as one transaction (at
    /// most <see cref="MaxRecordsPerTransaction"/> records). Each transaction rewrites the pages of the content index
    /// that its random hashes land on (about 7 MB of 64 KB pages at 100,000 dossiers), so fewer, larger transactions
    /// write fewer bytes. Groups stay whole and in order: a killed run still loses only what was not committed.
    /// </summary>
    private BuiltGroup WithQueuedGroups(BuiltGroup first)
    {
        if (first.Records.Count >= MaxRecordsPerTransaction || !_queue.TryTake(out var next))
        {
            return first;
        }

        var records = new List<NewRecord>(first.Records);
        var contents = new List<NewContent>(first.Contents);
        do
        {
            var group = next.GetAwaiter().GetResult();
            records.AddRange(group.Records);
            contents.AddRange(group.Contents);
        }
        while (records.Count < MaxRecordsPerTransaction && _queue.TryTake(out next));

        return new BuiltGroup(records, contents);
    }

    /// <summary>Appends a group in one transaction, after the opening records when they are not committed yet (writer thread, or after it ended).</summary>
    private void AppendAfterOpening(BuiltGroup group)
    {
        var contents = group.Contents.Where(c => _sent.Add(c.Hash));
        var records = group.Records;
        if (_opening is { } opening)
        {
            contents = opening.Contents.Concat(contents);
            records = [.. opening.Records, .. records];
        }

        _store.Append([.. contents], records);
        _opening = null;
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw new InvalidOperationException($"Recording to the decision store failed: {_failure.Message}", _failure);
        }
    }
}
