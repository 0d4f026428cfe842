namespace RubricEngine.Records;

/// <summary>One record as <c>rubric records show</c> prints it.</summary>
/// <param name="Id">The record's id: its position in the store.</param>
/// <param name="Kind"><c>run-start</c>, <c>decision</c>, <c>error</c> or <c>run-end</c>.</param>
/// <param name="RunId">The run it belongs to.</param>
/// <param name="DossierId">The dossier's id, for a decision or an error that has one.</param>
/// <param name="Source">Where the dossier was read from.</param>
/// <param name="RubricHash">The address of the stored rubric text.</param>
/// <param name="DossierHash">The address of the stored dossier content.</param>
/// <param name="Engine">The engine that decided.</param>
/// <param name="ProgramVersion">The program version that decided.</param>
/// <param name="Payload">The decision JSON, error JSON or run envelope, as stored.</param>
/// <param name="Hash">The record's chain hash.</param>
public sealed record RecordEntry(
    long Id, string Kind, string RunId, string? DossierId, string? Source, string? RubricHash, string? DossierHash,
    string Engine, string ProgramVersion, string Payload, string Hash);

/// <summary>One run as <c>rubric records list</c> prints it.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="FirstRecord">The id of its opening record.</param>
/// <param name="Started">When it started (UTC, ISO 8601), from its opening envelope.</param>
/// <param name="Rubric">The rubric's id and version.</param>
/// <param name="Decisions">Decisions recorded.</param>
/// <param name="Errors">Dossiers recorded as not screened.</param>
/// <param name="Finished">True when the run's closing envelope is recorded.</param>
public sealed record RunEntry(string RunId, long FirstRecord, string Started, string Rubric, int Decisions, int Errors, bool Finished);
