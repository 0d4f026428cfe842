using System.Reflection;
using System.Security.Cryptography;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Content;
using RubricEngine.Records.Recording;
using RubricEngine.Records.Storage;

namespace RubricEngine.Records;

/// <summary>
/// A tamper-evident store of decisions: a SQLite file, or a PostgreSQL database shared by several screeners.
/// Every decision, dossier error and run envelope is a record in one hash chain per store, and the rubric
/// text and dossier content it refers to are stored once by hash, so any record can be verified and
/// replayed without the original files. The entry point of this library.
/// </summary>
public sealed partial class DecisionStore : IDisposable
{
    /// <summary>How many records one transaction commits.</summary>
    public const int DefaultGroupSize = 1000;

    private readonly StoreConnection _store;

    private DecisionStore(StoreConnection store) => _store = store;

    /// <summary>The store as it is printed: the file path, or the PostgreSQL host and database without credentials.</summary>
    public string Display => _store.Target.Display;

    /// <summary>The version of the program that writes records, as records carry it.</summary>
    public static string ProgramVersion { get; } =
        typeof(DecisionStore).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// Opens a store: a SQLite path, or a PostgreSQL connection string (<c>Host=...</c>) or URI
    /// (<c>postgres://...</c>). With <paramref name="create"/>, a missing file or an empty database becomes a
    /// new store. A file that is not a store, a newer schema or a server that cannot be reached is an error,
    /// and nothing is written.
    /// </summary>
    public static Result<DecisionStore> Open(string target, bool create = false)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (store, error) = StoreConnection.Open(target, create);
        return store is null ? new Result<DecisionStore>(null, [error!]) : new Result<DecisionStore>(new DecisionStore(store), []);
    }

    /// <summary>Starts a new run: the rubric text and the run's opening record are committed with its first records.</summary>
    public RunRecorder StartRun(RunStart start, int groupSize = DefaultGroupSize)
    {
        ArgumentNullException.ThrowIfNull(start);
        var now = DateTimeOffset.UtcNow;
        var runId = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{now:yyyyMMdd'T'HHmmss'Z'}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        return Begin(start, runId, now, resumed: false, CommittedItems.None, groupSize);
    }

    /// <summary>
    /// Resumes the latest unfinished run of the same rubric text. Screen <see cref="RunRecorder.Pending"/> of the
    /// batch (for a cohort rubric, the whole cohort, checked with <see cref="RunRecorder.CheckCommitted"/>): what
    /// earlier sessions committed is not recorded again, the rest is recorded in the same run.
    /// </summary>
    public Result<RunRecorder> ResumeRun(RunStart start, int groupSize = DefaultGroupSize)
    {
        ArgumentNullException.ThrowIfNull(start);
        var rubric = RubricContent(start);
        var runId = _store.Records(
                "kind = @start AND rubric_hash = @rubric AND run_id NOT IN (SELECT run_id FROM rubric_records WHERE kind = @end)",
                ("@start", RecordKinds.RunStart), ("@rubric", rubric.Hash), ("@end", RecordKinds.RunEnd))
            .LastOrDefault()?.RunId;
        if (runId is null)
        {
            var error = Diagnostic.Create(DiagnosticCatalog.NothingToResume, SourceSpan.At(Display, 0, 0), start.Screener.Identity.Id, start.Screener.Identity.Hash);
            return new Result<RunRecorder>(null, [error]);
        }

        var committed = CommittedItems.Of(_store.Records("run_id = @run", ("@run", runId)));
        return new Result<RunRecorder>(Begin(start, runId, DateTimeOffset.UtcNow, resumed: true, committed, groupSize), []);
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose() => _store.Dispose();

    internal StoreConnection Connection => _store;

    private RunRecorder Begin(RunStart start, string runId, DateTimeOffset now, bool resumed, CommittedItems committed, int groupSize)
    {
        var rubric = RubricContent(start);
        var run = new RunContext(runId, rubric.Hash, start.Screener.Options.Engine.ToString().ToLowerInvariant(), ProgramVersion);
        var opening = new BuiltGroup([run.Record(RecordKinds.RunStart, RunPayloads.Start(runId, start, now, resumed))], [rubric]);
        return new RunRecorder(_store, run, opening, groupSize, committed);
    }

    private static NewContent RubricContent(RunStart start) =>
        NewContent.Rubric(Path.GetFileName(start.RubricName), start.RubricText);
}
