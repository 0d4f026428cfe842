using System.Data.Common;
using System.Text;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Content;

namespace RubricEngine.Records.Storage;

internal sealed partial class StoreConnection
{
    private const string ContentColumns = "hash, kind, name, body";

    // Rows per INSERT statement on PostgreSQL, where a statement is a round trip: 50 rows go in one (600 values, far
    // below its parameter limit). SQLite inserts one row per step of statements prepared once (SqliteRows).
    private const int RowsPerStatement = 50;

    // The SQLite connection's prepared INSERTs, made on the first append and kept until the connection closes.
    private SqliteRows? _sqliteRows;

    /// <summary>
    /// Appends records to the chain in one transaction, with the contents they refer to. The head row is
    /// locked first (PostgreSQL <c>FOR UPDATE</c>; SQLite's write transaction locks the file), so concurrent
    /// writers append one after the other and each sees the other's last hash.
    /// </summary>
    public void Append(IReadOnlyList<NewContent> contents, IReadOnlyList<NewRecord> records)
    {
        using var transaction = Connection.BeginTransaction();
        var (seq, hash) = ReadHead(transaction, forUpdate: true);
        var linked = new (NewRecord Record, long Seq, string Previous, string Hash)[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var next = records[i].LinkTo(hash);
            linked[i] = (records[i], ++seq, hash, next);
            hash = next;
        }

        if (IsPostgres)
        {
            InsertRows(transaction, "rubric_contents", ContentColumns, " ON CONFLICT (hash) DO NOTHING", contents, c => [c.Hash, c.Kind, c.Name, c.Body]);
            InsertRows(transaction, "rubric_records", StoreSchema.RecordColumns, string.Empty, linked, r =>
                [r.Seq, r.Record.Kind, r.Record.RunId, r.Record.DossierId, r.Record.Source, r.Record.RubricHash, r.Record.DossierHash,
                 r.Record.Engine, r.Record.ProgramVersion, r.Record.Payload, r.Previous, r.Hash]);
        }
        else
        {
            var rows = _sqliteRows ??= new SqliteRows((Microsoft.Data.Sqlite.SqliteConnection)Connection);
            foreach (var c in contents)
            {
                rows.Content(c.Hash, c.Kind, c.Name, c.Body.Span);
            }

            foreach (var (r, at, previous, own) in linked)
            {
                rows.Record(at, r.Kind, r.RunId, r.DossierId, r.Source, r.RubricHash, r.DossierHash, r.Engine, r.ProgramVersion, r.Payload.Span, previous, own);
            }
        }

        using var head = Command("UPDATE rubric_head SET seq = @seq, hash = @hash WHERE id = 1", transaction);
        Parameter(head, "@seq", seq);
        Parameter(head, "@hash", hash);
        head.ExecuteNonQuery();
        transaction.Commit();
    }

    public (long Seq, string Hash) ReadHead(DbTransaction? transaction = null, bool forUpdate = false)
    {
        using var command = Command("SELECT seq, hash FROM rubric_head WHERE id = 1" + (forUpdate && IsPostgres ? " FOR UPDATE" : string.Empty), transaction);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0, RecordHash.Genesis);
    }

    /// <summary>
    /// Inserts rows on PostgreSQL with multi-row statements: one prepared statement of full size, reused, and one for
    /// the rest. A value given as UTF-8 bytes is text, sent as a string.
    /// </summary>
    private void InsertRows<T>(DbTransaction transaction, string table, string columns, string suffix, IReadOnlyList<T> rows, Func<T, object?[]> values)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var width = columns.Split(',').Length;
        const int perStatement = RowsPerStatement;
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                using var rest = count == perStatement ? null : InsertCommand(transaction, table, columns, suffix, count, width);
                var fresh = rest is not null || full is null;
                var command = rest ?? (full ??= InsertCommand(transaction, table, columns, suffix, count, width));
                for (var i = 0; i < count; i++)
                {
                    var row = values(rows[start + i]);
                    for (var c = 0; c < width; c++)
                    {
                        command.Parameters[(i * width) + c].Value = Bindable(row[c]);
                    }
                }

                if (fresh)
                {
                    command.Prepare(); // after the first values are set: PostgreSQL takes the parameter types from them
                }

                command.ExecuteNonQuery();
            }
        }
        finally
        {
            full?.Dispose();
        }
    }

    private static object Bindable(object? value) => value switch
    {
        null => DBNull.Value,
        ReadOnlyMemory<byte> text => Encoding.UTF8.GetString(text.Span),
        _ => value,
    };

    private DbCommand InsertCommand(DbTransaction transaction, string table, string columns, string suffix, int rows, int width)
    {
        var sql = new StringBuilder($"INSERT INTO {table} ({columns}) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "(" : ", (");
            for (var c = 0; c < width; c++)
            {
                var name = "@p" + ((i * width) + c).ToString(System.Globalization.CultureInfo.InvariantCulture);
                sql.Append(c == 0 ? string.Empty : ", ").Append(name);
            }

            sql.Append(')');
        }

        var command = Command(sql.Append(suffix).ToString(), transaction);
        for (var p = 0; p < rows * width; p++)
        {
            Parameter(command, "@p" + p.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return command;
    }
}
