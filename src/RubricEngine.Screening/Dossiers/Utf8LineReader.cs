using System.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Splits a UTF-8 stream into lines of bytes without decoding them, the byte-level twin of
/// <see cref="BoundedLineReader"/>: lines end at <c>\n</c>, a trailing <c>\r</c> is dropped, and a line longer than
/// the limit (in characters, as the text reader counts them) is skipped to its end and reported by its length.
/// Decoding is left to the JSON parser on the worker threads, which is what lets a batch read in parallel.
/// </summary>
/// <param name="stream">The bytes, read in blocks.</param>
/// <param name="maxChars">The longest line kept, in characters.</param>
/// <param name="blockSize">The block size (tests make it small, so lines cross blocks).</param>
internal sealed class Utf8LineReader(Stream stream, int maxChars, int blockSize = 1 << 16)
{
    private readonly byte[] _block = new byte[blockSize];
    private readonly long _holdLimit = 3L * maxChars; // a character is at most 3 bytes, so beyond this a line is surely too long
    private int _start;
    private int _end;
    private byte[] _pending = new byte[1 << 12]; // the start of a line that spans blocks
    private int _pendingCount;
    private long _lineBytes;
    private Decoder? _counting; // counts the characters of a line too long to hold
    private long _countedChars;
    private byte _lastByte;

    /// <summary>
    /// False at the end of the stream; otherwise the line's bytes, or null with its length in characters when it is
    /// longer than the limit (the length of a kept line is its byte count).
    /// </summary>
    public bool Next(out byte[]? line, out long length)
    {
        _pendingCount = 0;
        _lineBytes = 0;
        _counting = null;
        _lastByte = 0;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                if (_lineBytes == 0)
                {
                    (line, length) = (null, 0);
                    return false;
                }

                return Finish(ReadOnlySpan<byte>.Empty, out line, out length);
            }

            var available = _block.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            if (newline < 0)
            {
                Hold(available);
                _start = _end;
                continue;
            }

            _start += newline + 1;
            return Finish(available[..newline], out line, out length);
        }
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_block, 0, _block.Length);
        return _end > 0;
    }

    private void Hold(ReadOnlySpan<byte> piece)
    {
        if (piece.IsEmpty)
        {
            return;
        }

        _lastByte = piece[^1];
        _lineBytes += piece.Length;
        if (_counting is not null)
        {
            CountChars(piece, flush: false);
        }
        else if (_lineBytes > _holdLimit)
        {
            // Too long whatever it holds: stop keeping it, and count its characters from here on.
            _counting = Encoding.UTF8.GetDecoder();
            _countedChars = 0;
            CountChars(_pending.AsSpan(0, _pendingCount), flush: false);
            CountChars(piece, flush: false);
            _pendingCount = 0;
        }
        else
        {
            if (_pendingCount + piece.Length > _pending.Length)
            {
                Array.Resize(ref _pending, (int)Math.Min(Math.Max(_pending.Length * 2L, _pendingCount + (long)piece.Length), Array.MaxLength));
            }

            piece.CopyTo(_pending.AsSpan(_pendingCount));
            _pendingCount += piece.Length;
        }
    }

    private bool Finish(ReadOnlySpan<byte> last, out byte[]? line, out long length)
    {
        if (_pendingCount == 0 && _counting is null)
        {
            return Keep(last, out line, out length); // the usual case: the whole line is in the current block
        }

        Hold(last);
        if (_counting is null)
        {
            return Keep(_pending.AsSpan(0, _pendingCount), out line, out length);
        }

        CountChars([], flush: true);
        line = null;
        length = _countedChars - (_lastByte == (byte)'\r' ? 1 : 0);
        return true;
    }

    /// <summary>
    /// Counts characters as a text reader decodes them. Decoding (into a scratch buffer) rather than
    /// <c>GetCharCount</c>, which keeps no state, so a character split between two blocks counts once.
    /// </summary>
    private void CountChars(ReadOnlySpan<byte> bytes, bool flush)
    {
        Span<char> scratch = stackalloc char[1026];
        do
        {
            var slice = bytes[..Math.Min(bytes.Length, 1024)];
            bytes = bytes[slice.Length..];
            _countedChars += _counting!.GetChars(slice, scratch, flush && bytes.IsEmpty);
        }
        while (!bytes.IsEmpty);
    }

    /// <summary>The line without its <c>\r</c>, unless it has more characters than the limit.</summary>
    private bool Keep(ReadOnlySpan<byte> bytes, out byte[]? line, out long length)
    {
        bytes = bytes.EndsWith((byte)'\r') ? bytes[..^1] : bytes;
        var tooLong = bytes.Length > maxChars && Encoding.UTF8.GetCharCount(bytes) > maxChars; // never more characters than bytes
        line = tooLong ? null : bytes.ToArray();
        length = tooLong ? Encoding.UTF8.GetCharCount(bytes) : bytes.Length;
        return true;
    }
}
