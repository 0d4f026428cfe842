namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0800: the file or database named as a decision store is not one.</summary>
    public static DiagnosticDescriptor NotARecordStore { get; } =
        Error("RUB0800", "Not a decision store", "'{0}' is not a decision store: {1}");

    /// <summary>RUB0801: the store was written by a newer version of the program.</summary>
    public static DiagnosticDescriptor NewerStoreSchema { get; } =
        Error("RUB0801", "Newer store schema", "The decision store has schema version {0}; this program reads version {1} at most");

    /// <summary>RUB0802: the store cannot be opened or reached.</summary>
    public static DiagnosticDescriptor StoreUnreachable { get; } =
        Error("RUB0802", "Store unreachable", "Cannot open the decision store: {0}");

    /// <summary>RUB0803: a run, record or dossier asked for is not in the store.</summary>
    public static DiagnosticDescriptor RecordNotFound { get; } =
        Error("RUB0803", "Not in the store", "{0}");

    /// <summary>RUB0804: <c>--resume</c> found no unfinished run of this rubric.</summary>
    public static DiagnosticDescriptor NothingToResume { get; } =
        Error("RUB0804", "Nothing to resume", "No unfinished run of rubric '{0}' (hash {1}) in the store");

    /// <summary>RUB0805: a cohort run cannot be resumed because its cohort changed since it was interrupted.</summary>
    public static DiagnosticDescriptor ResumedCohortChanged { get; } =
        Error("RUB0805", "Cohort changed since the interrupted session", "Record {0} (dossier '{1}') of the unfinished run does not match the cohort given now: {2}; record the cohort as a new run instead");

    /// <summary>RUB0810: a record's content no longer matches its hash.</summary>
    public static DiagnosticDescriptor RecordEdited { get; } =
        Error("RUB0810", "Record edited", "Record {0} ({1}) was edited: its content does not match its hash");

    /// <summary>RUB0811: records are missing from the chain.</summary>
    public static DiagnosticDescriptor RecordDeleted { get; } =
        Error("RUB0811", "Record deleted", "{0} deleted before record {1}: its chain link points to a record that is not there");

    /// <summary>RUB0812: a record was added that the chain does not contain.</summary>
    public static DiagnosticDescriptor RecordInserted { get; } =
        Error("RUB0812", "Record inserted", "Record {0} ({1}) was inserted: the chain goes from record {2} to record {3} without it");

    /// <summary>RUB0813: records are stored out of chain order.</summary>
    public static DiagnosticDescriptor RecordReordered { get; } =
        Error("RUB0813", "Records reordered", "Record {0} is out of order: the chain puts it after record {1}, the store after record {2}");

    /// <summary>RUB0814: a stored rubric or dossier no longer matches its content hash.</summary>
    public static DiagnosticDescriptor StoredContentEdited { get; } =
        Error("RUB0814", "Stored content edited", "Stored {0} {1} was edited, or is missing; record {2} refers to it");

    /// <summary>RUB0815: the chain does not end where the store's head says.</summary>
    public static DiagnosticDescriptor ChainHeadMismatch { get; } =
        Error("RUB0815", "Chain head mismatch", "The chain ends at record {0} ({1}) but the store's head says record {2} ({3}): records were removed or added at the end");

    /// <summary>RUB0820: a replayed decision differs from the stored one.</summary>
    public static DiagnosticDescriptor ReplayDiffers { get; } =
        Error("RUB0820", "Replay differs", "Record {0} (dossier '{1}'): the replayed decision differs from the stored one at byte {2}: stored '{3}', replayed '{4}'");

    /// <summary>RUB0821: a stored decision cannot be replayed.</summary>
    public static DiagnosticDescriptor ReplayFailed { get; } =
        Error("RUB0821", "Replay failed", "Record {0} (dossier '{1}') cannot be replayed: {2}");
}
