using System.Globalization;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Records.Chain;

namespace RubricEngine.Records.Storage;

internal sealed partial class StoreConnection
{
    // Any fixed number: the advisory lock that makes two screeners creating one PostgreSQL store take turns.
    private const long CreateLock = 0x52554252_4943;

    private Diagnostic? CheckSchema(bool create, SourceSpan where)
    {
        if (!HasMetaTable())
        {
            if (!create)
            {
                return Diagnostic.Create(DiagnosticCatalog.NotARecordStore, where, Target.Display, DiagnosticPhrases.HoldsNoRecords);
            }

            if (!IsPostgres && HasAnyTable())
            {
                return Diagnostic.Create(DiagnosticCatalog.NotARecordStore, where, Target.Display, DiagnosticPhrases.OtherSqliteDatabase);
            }

            CreateTables();
        }

        var format = Scalar("SELECT value FROM rubric_meta WHERE key = 'format'");
        if (format != StoreSchema.Format)
        {
            return Diagnostic.Create(DiagnosticCatalog.NotARecordStore, where, Target.Display, DiagnosticPhrases.StoreFormat(format ?? string.Empty));
        }

        var version = int.TryParse(Scalar("SELECT value FROM rubric_meta WHERE key = 'schema_version'"), CultureInfo.InvariantCulture, out var v) ? v : -1;
        return version > StoreSchema.Version ? Diagnostic.Create(DiagnosticCatalog.NewerStoreSchema, where, version, StoreSchema.Version)
            : version < 1 ? Diagnostic.Create(DiagnosticCatalog.NotARecordStore, where, Target.Display, DiagnosticPhrases.SchemaVersionUnreadable)
            : null;
    }

    private bool HasMetaTable() => IsPostgres
        ? Scalar("SELECT to_regclass('rubric_meta')::text") is not null
        : Scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'rubric_meta'") is not null;

    private bool HasAnyTable() => Scalar("SELECT count(*) FROM sqlite_master") is not "0";

    private void CreateTables()
    {
        if (!IsPostgres)
        {
            // Set before the first table makes the file: a decision with its trace is about 6 KB, which 4 KB pages
            // store as overflow chains; 64 KB pages hold several records each (measured: half the append time).
            using var pageSize = Command("PRAGMA page_size = 65536");
            pageSize.ExecuteNonQuery();
        }

        using var transaction = Connection.BeginTransaction();
        if (IsPostgres)
        {
            using var locking = Command($"SELECT pg_advisory_xact_lock({CreateLock})", transaction);
            locking.ExecuteNonQuery();
        }

        foreach (var statement in StoreSchema.Create(IsPostgres))
        {
            using var command = Command(statement, transaction);
            command.ExecuteNonQuery();
        }

        using var meta = Command(
            "INSERT INTO rubric_meta (key, value) VALUES ('format', @format), ('schema_version', @version) ON CONFLICT (key) DO NOTHING", transaction);
        Parameter(meta, "@format", StoreSchema.Format);
        Parameter(meta, "@version", StoreSchema.Version.ToString(CultureInfo.InvariantCulture));
        meta.ExecuteNonQuery();
        using var head = Command("INSERT INTO rubric_head (id, seq, hash) VALUES (1, 0, @genesis) ON CONFLICT (id) DO NOTHING", transaction);
        Parameter(head, "@genesis", RecordHash.Genesis);
        head.ExecuteNonQuery();
        transaction.Commit();
    }
}
