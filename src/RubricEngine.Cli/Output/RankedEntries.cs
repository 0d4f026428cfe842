using System.Text;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Cli.Output;

/// <summary>
/// The rank keys of a batch with the spill offset of each decision, sorted without holding them all: keys
/// are sorted in runs of <see cref="RunSize"/>, each run written to a temporary file, and the runs merged
/// when read. Memory stays at one run plus a small buffer per run, whatever the batch size. Enumerating
/// <see cref="InRankOrder"/> again merges again, so a format may read the ranking twice.
/// </summary>
internal sealed class RankedEntries(int runSize = RankedEntries.RunSize) : IDisposable
{
    public const int RunSize = 50_000;

    private readonly List<Entry> _pending = [];
    private readonly List<(long Start, int Count)> _runs = [];
    private FileStream? _runFile;
    private string? _runPath;

    public int Count { get; private set; }

    public void Add(RankKey key, long offset)
    {
        _pending.Add(new Entry(key, offset));
        Count++;
        if (_pending.Count >= runSize)
        {
            FlushRun();
        }
    }

    public IEnumerable<long> InRankOrder()
    {
        if (_runs.Count == 0)
        {
            _pending.Sort();
            return _pending.Select(e => e.Offset);
        }

        if (_pending.Count > 0)
        {
            FlushRun();
        }

        _runFile!.Flush();
        return Merge();
    }

    private IEnumerable<long> Merge()
    {
        var readers = _runs.Select(run => new RunReader(_runPath!, run.Start, run.Count)).ToList();
        try
        {
            var heads = new PriorityQueue<RunReader, Entry>();
            foreach (var reader in readers.Where(r => r.MoveNext()))
            {
                heads.Enqueue(reader, reader.Current);
            }

            while (heads.TryDequeue(out var reader, out var entry))
            {
                yield return entry.Offset;
                if (reader.MoveNext())
                {
                    heads.Enqueue(reader, reader.Current);
                }
            }
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    private void FlushRun()
    {
        if (_runFile is null)
        {
            _runPath = Path.Combine(Path.GetTempPath(), $"rubric-ranking-{Guid.NewGuid():N}.tmp");
            _runFile = new FileStream(_runPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose);
        }

        _pending.Sort();
        var start = _runFile.Seek(0, SeekOrigin.End);
        using (var writer = new BinaryWriter(_runFile, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var entry in _pending)
            {
                entry.WriteTo(writer);
            }
        }

        _runs.Add((start, _pending.Count));
        _pending.Clear();
    }

    public void Dispose() => _runFile?.Dispose();

    /// <summary>A key and where its decision is; offsets break ties, so the order is total.</summary>
    private readonly record struct Entry(RankKey Key, long Offset) : IComparable<Entry>
    {
        public int CompareTo(Entry other)
        {
            var byKey = Key.CompareTo(other.Key);
            return byKey != 0 ? byKey : Offset.CompareTo(other.Offset);
        }

        public void WriteTo(BinaryWriter writer)
        {
            writer.Write(Key.Outcome);
            writer.Write(Key.Score.HasValue);
            writer.Write(Key.Score ?? 0m);
            writer.Write(Key.DossierId);
            writer.Write(Offset);
        }

        public static Entry ReadFrom(BinaryReader reader)
        {
            var outcome = reader.ReadInt32();
            var hasScore = reader.ReadBoolean();
            var score = reader.ReadDecimal();
            return new Entry(new RankKey(outcome, hasScore ? score : null, reader.ReadString()), reader.ReadInt64());
        }
    }

    /// <summary>Reads one sorted run, with its own small buffer.</summary>
    private sealed class RunReader : IDisposable
    {
        private readonly FileStream _file;
        private readonly BinaryReader _reader;
        private int _left;

        public RunReader(string path, long start, int count)
        {
            _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 14);
            _file.Seek(start, SeekOrigin.Begin);
            _reader = new BinaryReader(_file, Encoding.UTF8);
            _left = count;
        }

        public Entry Current { get; private set; }

        public bool MoveNext()
        {
            if (_left == 0)
            {
                return false;
            }

            _left--;
            Current = Entry.ReadFrom(_reader);
            return true;
        }

        public void Dispose()
        {
            _reader.Dispose();
            _file.Dispose();
        }
    }
}
