using System.Buffers;
using System.Text;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Batch.Ids;

/// <summary>
/// The dossier ids of a batch so far, each with where it was first used, to fail a repeated id. Detection is
/// exact (every id is confirmed byte for byte), and memory is bounded: ids are held in memory (<see cref="IdTable"/>
/// over an <see cref="IdArena"/>, about 30 bytes an id) until they would take more than the memory budget, and
/// then spill to sorted runs in a temporary file (<see cref="SpilledIds"/>), read back a block at a time. So a
/// batch of ten million dossiers holds about as much memory for its ids as a batch of two hundred thousand. If
/// the temporary folder cannot be written, the ids stay in memory: the batch is never failed for it.
/// </summary>
internal sealed class SeenIds(long memoryBudget = SeenIds.DefaultMemoryBudget) : IDisposable
{
    /// <summary>4 MiB: about 150,000 ids of 8 characters before the first spill.</summary>
    public const long DefaultMemoryBudget = 4L << 20;

    private readonly IdArena _arena = new();
    private readonly List<string> _paths = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);
    private IdTable? _table;
    private SpilledIds? _spilled;
    private long _budget = memoryBudget;

    /// <summary>Ids held, in memory and spilled.</summary>
    public int Count { get; private set; }

    /// <summary>Sorted runs in the temporary file (0 while every id fits in memory).</summary>
    public int SpilledRuns => _spilled?.Runs ?? 0;

    /// <summary>Memory held: the table, the arena and the spilled runs' fences and buffers.</summary>
    public long FootprintBytes => Table.Bytes + _arena.Bytes + (_spilled?.MemoryBytes ?? 0);

    private IdTable Table => _table ??= new IdTable(_arena);

    /// <summary>Adds <paramref name="id"/> first used at <paramref name="span"/>; false, with the first use, when it was already there.</summary>
    public bool TryAdd(string id, SourceSpan span, out SourceSpan first)
    {
        var length = Encoding.UTF8.GetByteCount(id);
        var rented = ArrayPool<byte>.Shared.Rent(length + IdRecord.MaxLength(length)); // the id, then its record
        try
        {
            var utf8 = rented.AsSpan(0, length);
            Encoding.UTF8.GetBytes(id, utf8);
            var hash = IdHash.Of(utf8);
            if (Table.TryFind(hash, utf8, out var offset))
            {
                first = FirstUse(_arena.At(offset));
                return false;
            }

            if (_spilled is not null && _spilled.TryFind(hash, utf8, out var spilled))
            {
                first = FirstUse(spilled);
                return false;
            }

            var recordLength = IdRecord.Write(rented.AsSpan(length), utf8, PathIndex(span.Path), span.Line, span.Column);
            var record = rented.AsSpan(length, recordLength);
            if (Table.Count > 0 && Table.BytesAfterGrowth + _arena.UsedBytes + record.Length > _budget)
            {
                Spill();
            }

            Table.Add(hash, _arena.Append(record));
            Count++;
            first = default;
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public void Dispose() => _spilled?.Dispose();

    private void Spill()
    {
        try
        {
            _spilled ??= new SpilledIds();
            _spilled.Spill(Table, _arena);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _budget *= 2; // no room on disk: keep the ids in memory rather than lose any or fail the batch
            return;
        }

        _table = null;
        _arena.Clear();
    }

    private SourceSpan FirstUse(ReadOnlySpan<byte> record)
    {
        var (path, line, column) = IdRecord.Position(record);
        return SourceSpan.At(_paths[path], line, column);
    }

    private int PathIndex(string path)
    {
        if (_paths.Count > 0 && ReferenceEquals(_paths[^1], path))
        {
            return _paths.Count - 1; // dossiers come file by file
        }

        if (!_pathIndex.TryGetValue(path, out var index))
        {
            index = _paths.Count;
            _paths.Add(path);
            _pathIndex[path] = index;
        }

        return index;
    }
}
