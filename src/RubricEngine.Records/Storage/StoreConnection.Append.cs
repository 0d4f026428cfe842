using System.Data.Common;
using System.Text;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Content;

namespace RubricEngine.Records.Storage;

internal sealed partial class StoreConnection
{
    // Rows per INSERT statement: one statement per row costs a round trip each on PostgreSQL and a statement
    // step each on SQLite; 50 rows of 12 values stay far below both databases' parameter limits.
    private const int RowsPerStatement = 50;

    private const string ContentColumns = "hash, kind, name, body";

    /// <summary>
    /// Appends records to the chain in one transaction, with the contents they refer to. The head row is
    /// locked first (PostgreSQL <c>FOR UPDATE</c>; SQLite's write transaction locks the file), so concurrent
    /// writers append one after the other and each sees the other's last hash.
    /// </summary>
    public IReadOnlyList<StoredRecord> Append(IReadOnlyList<StoredContent> contents, IReadOnlyList<NewRecord> records)
    {
        using var transaction = Connection.BeginTransaction();
        var (seq, hash) = ReadHead(transaction, forUpdate: true);
        InsertRows(transaction, "rubric_contents", ContentColumns, " ON CONFLICT (hash) DO NOTHING", contents, c => [c.Hash, c.Kind, c.Name, c.Body]);

        var stored = new List<StoredRecord>(records.Count);
        foreach (var record in records)
        {
            var row = record.Chain(++seq, hash);
            hash = row.Hash;
            stored.Add(row);
        }

        InsertRows(transaction, "rubric_records", StoreSchema.RecordColumns, string.Empty, stored, r =>
            [r.Seq, r.Kind, r.RunId, r.DossierId, r.Source, r.RubricHash, r.DossierHash, r.Engine, r.ProgramVersion, r.Payload, r.PreviousHash, r.Hash]);

        using var head = Command("UPDATE rubric_head SET seq = @seq, hash = @hash WHERE id = 1", transaction);
        Parameter(head, "@seq", seq);
        Parameter(head, "@hash", hash);
        head.ExecuteNonQuery();
        transaction.Commit();
        return stored;
    }

    public (long Seq, string Hash) ReadHead(DbTransaction? transaction = null, bool forUpdate = false)
    {
        using var command = Command("SELECT seq, hash FROM rubric_head WHERE id = 1" + (forUpdate && IsPostgres ? " FOR UPDATE" : string.Empty), transaction);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0, RecordHash.Genesis);
    }

    /// <summary>Inserts rows with multi-row statements: one prepared statement of full size, reused, and one for the rest.</summary>
    private void InsertRows<T>(DbTransaction transaction, string table, string columns, string suffix, IReadOnlyList<T> rows, Func<T, object?[]> values)
    {
        var width = columns.Split(',').Length;
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += RowsPerStatement)
            {
                var count = Math.Min(RowsPerStatement, rows.Count - start);
                using var rest = count == RowsPerStatement ? null : InsertCommand(transaction, table, columns, suffix, count, width);
                var fresh = rest is not null || full is null;
                var command = rest ?? (full ??= InsertCommand(transaction, table, columns, suffix, count, width));
                for (var i = 0; i < count; i++)
                {
                    var row = values(rows[start + i]);
                    for (var c = 0; c < width; c++)
                    {
                        command.Parameters[(i * width) + c].Value = row[c] ?? DBNull.Value;
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

    private DbCommand InsertCommand(DbTransaction transaction, string table, string columns, string suffix, int rows, int width)
    {
        var sql = new StringBuilder($"INSERT INTO {table} ({columns}) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "(" : ", (");
            for (var c = 0; c < width; c++)
            {
                sql.Append(c == 0 ? "@p" : ", @p").Append((i * width) + c);
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
