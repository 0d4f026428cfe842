using System.Text;

namespace RubricEngine.Cli.Output;

/// <summary>
/// A temporary file of records, each a few strings, appended once and read back by offset in any order. It is
/// where a ranked output keeps its decisions (already rendered) until their rank is known; it deletes itself
/// when disposed or when the process ends.
/// </summary>
internal sealed class SpillFile : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private readonly BinaryReader _reader;

    public SpillFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rubric-spill-{Guid.NewGuid():N}.tmp");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
        _reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Bytes written so far.</summary>
    public long Length => _file.Length;

    /// <summary>Appends a record and returns its offset.</summary>
    public long Append(params string?[] fields)
    {
        _file.Seek(0, SeekOrigin.End);
        var offset = _file.Position;
        _writer.Write7BitEncodedInt(fields.Length);
        foreach (var field in fields)
        {
            _writer.Write(field is not null);
            if (field is not null)
            {
                _writer.Write(field);
            }
        }

        _writer.Flush();
        return offset;
    }

    /// <summary>The record at an offset <see cref="Append"/> returned.</summary>
    public string?[] Read(long offset)
    {
        _file.Seek(offset, SeekOrigin.Begin);
        var fields = new string?[_reader.Read7BitEncodedInt()];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _reader.ReadBoolean() ? _reader.ReadString() : null;
        }

        return fields;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _writer.Dispose();
        _file.Dispose();
    }
}
