namespace RubricEngine.Records.Chain;

/// <summary>The kinds of record a store holds.</summary>
internal static class RecordKinds
{
    /// <summary>Opens a run: who, when, which rubric, which options.</summary>
    public const string RunStart = "run-start";

    /// <summary>Closes a run: the envelope with its counts.</summary>
    public const string RunEnd = "run-end";

    /// <summary>One decision.</summary>
    public const string Decision = "decision";

    /// <summary>One dossier that could not be screened, with its diagnostics.</summary>
    public const string Error = "error";
}

/// <summary>One row of the chain, as stored.</summary>
/// <param name="Seq">The record's id: its position in the store.</param>
/// <param name="Kind">One of <see cref="RecordKinds"/>.</param>
/// <param name="RunId">The run it belongs to.</param>
/// <param name="DossierId">The dossier's id, when it has one.</param>
/// <param name="Source">Where the dossier was read from: <c>path(line,col)</c>.</param>
/// <param name="RubricHash">The content address of the stored rubric text.</param>
/// <param name="DossierHash">The content address of the stored dossier.</param>
/// <param name="Engine">The engine that decided.</param>
/// <param name="ProgramVersion">The program version that decided.</param>
/// <param name="Payload">The decision JSON, the error JSON or the run envelope.</param>
/// <param name="PreviousHash">The hash of the record before it in the chain.</param>
/// <param name="Hash">This record's hash.</param>
internal sealed record StoredRecord(
    long Seq,
    string Kind,
    string RunId,
    string? DossierId,
    string? Source,
    string? RubricHash,
    string? DossierHash,
    string Engine,
    string ProgramVersion,
    string Payload,
    string PreviousHash,
    string Hash)
{
    /// <summary>The digest of the fields the hash covers (everything but the position and the hashes).</summary>
    public string Digest => RecordHash.Digest(Kind, RunId, DossierId, Source, RubricHash, DossierHash, Engine, ProgramVersion, Payload);

    /// <summary>True when the stored hash matches the fields and the stored previous hash.</summary>
    public bool IsIntact => RecordHash.Link(PreviousHash, Digest) == Hash;
}

/// <summary>
/// A record before it is appended: everything but its position and hashes. The payload is UTF-8, as the worker that
/// decided wrote it: it is hashed and stored as those bytes, never turned into a string on the way.
/// </summary>
internal sealed class NewRecord(
    string kind, string runId, string? dossierId, string? source, string? rubricHash, string? dossierHash, string engine, string programVersion, ReadOnlyMemory<byte> payload)
{
    public string Kind { get; } = kind;

    public string RunId { get; } = runId;

    public string? DossierId { get; } = dossierId;

    public string? Source { get; } = source;

    public string? RubricHash { get; } = rubricHash;

    public string? DossierHash { get; } = dossierHash;

    public string Engine { get; } = engine;

    public string ProgramVersion { get; } = programVersion;

    /// <summary>The decision JSON, error JSON or run envelope, UTF-8.</summary>
    public ReadOnlyMemory<byte> Payload { get; } = payload;

    /// <summary>Computed when the record is made (on any thread), so the append under the lock only links.</summary>
    public string Digest { get; } = RecordHash.Digest([kind, runId, dossierId, source, rubricHash, dossierHash, engine, programVersion], payload);

    /// <summary>The record's hash once it follows <paramref name="previousHash"/> in the chain.</summary>
    public string LinkTo(string previousHash) => RecordHash.Link(previousHash, Digest);
}
