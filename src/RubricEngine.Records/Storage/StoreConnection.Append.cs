using System.Data.Common;
using RubricEngine.Records.Chain;

namespace RubricEngine.Records.Storage;

internal sealed partial class StoreConnection
{
    /// <summary>
    /// Appends records to the chain in one transaction, with the contents they refer to. The head row is
    /// locked first (PostgreSQL <c>FOR UPDATE</c>; SQLite's write transaction locks the file), so concurrent
    /// writers append one after the other and each sees the other's last hash.
    /// </summary>
    public IReadOnlyList<StoredRecord> Append(IReadOnlyCollection<StoredContent> contents, IReadOnlyList<NewRecord> records)
    {
        using var transaction = Connection.BeginTransaction();
        var (seq, hash) = ReadHead(transaction, forUpdate: true);
        if (contents.Count > 0)
        {
            using var content = Command("INSERT INTO rubric_contents (hash, kind, name, body) VALUES (@hash, @kind, @name, @body) ON CONFLICT (hash) DO NOTHING", transaction);
            var parameters = new[] { Parameter(content, "@hash"), Parameter(content, "@kind"), Parameter(content, "@name"), Parameter(content, "@body") };
            content.Prepare();
            foreach (var item in contents)
            {
                Set(parameters, item.Hash, item.Kind, item.Name, item.Body);
                content.ExecuteNonQuery();
            }
        }

        var stored = new List<StoredRecord>(records.Count);
        using (var insert = Command($"INSERT INTO rubric_records ({StoreSchema.RecordColumns}) VALUES (@seq, @kind, @run, @dossier, @source, @rh, @dh, @engine, @version, @payload, @prev, @hash)", transaction))
        {
            var seqParameter = Parameter(insert, "@seq", 0L);
            string[] names = ["@kind", "@run", "@dossier", "@source", "@rh", "@dh", "@engine", "@version", "@payload", "@prev", "@hash"];
            var parameters = names.Select(n => Parameter(insert, n, string.Empty)).ToArray();
            insert.Prepare();
            foreach (var record in records)
            {
                var row = record.Chain(++seq, hash);
                hash = row.Hash;
                seqParameter.Value = row.Seq;
                Set(parameters, row.Kind, row.RunId, row.DossierId, row.Source, row.RubricHash, row.DossierHash, row.Engine, row.ProgramVersion, row.Payload, row.PreviousHash, row.Hash);
                insert.ExecuteNonQuery();
                stored.Add(row);
            }
        }

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

    private static void Set(DbParameter[] parameters, params ReadOnlySpan<string?> values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = (object?)values[i] ?? DBNull.Value;
        }
    }
}
