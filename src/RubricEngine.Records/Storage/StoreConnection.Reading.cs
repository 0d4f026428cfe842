using System.Data.Common;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Content;

namespace RubricEngine.Records.Storage;

internal sealed partial class StoreConnection
{
    /// <summary>Records in store order, optionally filtered by a SQL condition on the record columns.</summary>
    public IEnumerable<StoredRecord> Records(string? where = null, params (string Name, object Value)[] parameters)
    {
        using var command = Command($"SELECT {StoreSchema.RecordColumns} FROM rubric_records{(where is null ? string.Empty : " WHERE " + where)} ORDER BY seq");
        foreach (var (name, value) in parameters)
        {
            Parameter(command, name, value);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6),
                reader.GetString(7), reader.GetString(8), reader.GetString(9), reader.GetString(10), reader.GetString(11));
        }
    }

    /// <summary>Every stored content, in address order.</summary>
    public IEnumerable<StoredContent> Contents(string? hash = null)
    {
        using var command = Command("SELECT hash, kind, name, body FROM rubric_contents" + (hash is null ? " ORDER BY hash" : " WHERE hash = @hash"));
        if (hash is not null)
        {
            Parameter(command, "@hash", hash);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredContent(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }
    }

    public StoredContent? Content(string hash) => Contents(hash).FirstOrDefault();

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
