using Microsoft.Win32.SafeHandles;

namespace RubricEngine.Screening.Batch.Ids;

/// <summary>
/// A scratch file in the temporary folder that nothing else can see: on Unix it is unlinked as soon as it is open,
/// so even a killed process leaves nothing behind; elsewhere it goes when closed. Appends go through a buffer;
/// reads see only what was flushed.
/// </summary>
internal sealed class TempFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _buffered;

    public TempFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rubric-ids-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }
    }

    /// <summary>Bytes appended so far, flushed or not.</summary>
    public long Length { get; private set; }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var take = Math.Min(bytes.Length, _buffer.Length - _buffered);
            bytes[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            Length += take;
            bytes = bytes[take..];
            if (_buffered == _buffer.Length)
            {
                Flush();
            }
        }
    }

    public void Flush()
    {
        if (_buffered > 0)
        {
            RandomAccess.Write(_handle, _buffer.AsSpan(0, _buffered), Length - _buffered);
            _buffered = 0;
        }
    }

    /// <summary>Reads up to <paramref name="into"/>'s length from <paramref name="offset"/>; the count read.</summary>
    public int Read(Span<byte> into, long offset)
    {
        var total = 0;
        while (total < into.Length)
        {
            var read = RandomAccess.Read(_handle, into[total..], offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    public void Dispose() => _handle.Dispose();
}
