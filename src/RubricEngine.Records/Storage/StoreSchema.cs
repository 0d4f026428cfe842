namespace RubricEngine.Records.Storage;

/// <summary>
/// The store's tables, the same in SQLite and PostgreSQL. <c>rubric_head</c> holds the last record's
/// position and hash: it detects records cut from the end, and it is the row that serializes appends.
/// </summary>
internal static class StoreSchema
{
    public const string Format = "rubric-engine-decision-store";
    public const int Version = 1;

    /// <summary>
    /// The statements that create a store. On SQLite <c>seq</c> is <c>INTEGER PRIMARY KEY</c>, which makes it the
    /// table's row id (64-bit): the records are the id's own B-tree, with no second unique index to update on every
    /// append. PostgreSQL's <c>INTEGER</c> is 32-bit, so it keeps <c>BIGINT</c>.
    /// </summary>
    public static string[] Create(bool postgres) =>
    [
        "CREATE TABLE IF NOT EXISTS rubric_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS rubric_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS rubric_contents (hash TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL)",
        $"""
        CREATE TABLE IF NOT EXISTS rubric_records (
            seq {(postgres ? "BIGINT" : "INTEGER")} PRIMARY KEY, kind TEXT NOT NULL, run_id TEXT NOT NULL, dossier_id TEXT, source TEXT,
            rubric_hash TEXT, dossier_hash TEXT, engine TEXT NOT NULL, program_version TEXT NOT NULL,
            payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS rubric_records_run ON rubric_records (run_id, seq)",
    ];

    public const string RecordColumns =
        "seq, kind, run_id, dossier_id, source, rubric_hash, dossier_hash, engine, program_version, payload, prev_hash, hash";
}
