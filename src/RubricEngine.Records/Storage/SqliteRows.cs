using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RubricEngine.Records.Storage;

/// <summary>
/// The two INSERTs of an append on SQLite, prepared once per connection and reused for every row of every
/// transaction, bound through SQLite's own API. Microsoft.Data.Sqlite's command path cost a third of the writer's
/// time (perf: a parameter collection looked up by name, a value binder and a UTF-16 to UTF-8 transcoding per value,
/// a handle reference count per call); here a string is encoded once into a reused buffer and a UTF-8 payload is bound
/// as the bytes it is. The statements run on the connection's open transaction, like any command on it.
/// </summary>
internal sealed class SqliteRows : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _content;
    private readonly sqlite3_stmt _record;
    private byte[] _text = new byte[256];

    public SqliteRows(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        _content = Prepare("INSERT INTO rubric_contents (hash, kind, name, body) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (hash) DO NOTHING");
        _record = Prepare($"INSERT INTO rubric_records ({StoreSchema.RecordColumns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    }

    public void Content(string hash, string kind, string name, ReadOnlySpan<byte> body)
    {
        Text(_content, 1, hash);
        Text(_content, 2, kind);
        Text(_content, 3, name);
        Check(raw.sqlite3_bind_text(_content, 4, body));
        Step(_content);
    }

    public void Record(
        long seq, string kind, string runId, string? dossierId, string? source, string? rubricHash, string? dossierHash,
        string engine, string programVersion, ReadOnlySpan<byte> payload, string previousHash, string hash)
    {
        Check(raw.sqlite3_bind_int64(_record, 1, seq));
        Text(_record, 2, kind);
        Text(_record, 3, runId);
        Text(_record, 4, dossierId);
        Text(_record, 5, source);
        Text(_record, 6, rubricHash);
        Text(_record, 7, dossierHash);
        Text(_record, 8, engine);
        Text(_record, 9, programVersion);
        Check(raw.sqlite3_bind_text(_record, 10, payload));
        Text(_record, 11, previousHash);
        Text(_record, 12, hash);
        Step(_record);
    }

    public void Dispose()
    {
        _content.Dispose();
        _record.Dispose();
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return statement;
    }

    private void Text(sqlite3_stmt statement, int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(statement, index));
            return;
        }

        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _text.Length)
        {
            _text = new byte[Math.Max(most, _text.Length * 2)];
        }

        // SQLite copies the bytes when binding (SQLITE_TRANSIENT), so the one buffer serves every value.
        var length = Encoding.UTF8.GetBytes(value, _text);
        Check(raw.sqlite3_bind_text(statement, index, _text.AsSpan(0, length)));
    }

    private void Step(sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    private void Check(int result)
    {
        if (result is not raw.SQLITE_OK and not raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result);
        }
    }
}
