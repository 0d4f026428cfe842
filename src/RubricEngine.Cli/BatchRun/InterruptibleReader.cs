using System.Collections.Concurrent;

namespace RubricEngine.Cli.BatchRun;

/// <summary>
/// Standard input that an interruption can stop waiting for. A read from a pipe that sends nothing cannot be
/// cancelled, so a batch reading an idle <c>--dossiers -</c> would never see Ctrl-C or SIGTERM. A background
/// thread does the blocking reads, in blocks, into a short queue; readers take from the queue and give up with
/// <see cref="OperationCanceledException"/> when the token is cancelled, leaving that thread to end with the process.
/// </summary>
internal sealed class InterruptibleReader : TextReader
{
    private const int BlockSize = 1 << 16;

    private readonly BlockingCollection<Block> _blocks = new(boundedCapacity: 4);
    private readonly CancellationToken _cancellation;
    private Block _current = Block.Empty;
    private int _position;
    private bool _ended;

    public InterruptibleReader(TextReader input, CancellationToken cancellation)
    {
        _cancellation = cancellation;
        new Thread(() => Pump(input)) { IsBackground = true, Name = "rubric stdin" }.Start();
    }

    public override int Peek() => Fill() ? _current.Text[_position] : -1;

    public override int Read() => Fill() ? _current.Text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        var taken = Math.Min(buffer.Length, _current.Length - _position);
        _current.Text.AsSpan(_position, taken).CopyTo(buffer);
        _position += taken;
        return taken;
    }

    public override string? ReadLine()
    {
        if (!Fill())
        {
            return null;
        }

        var line = new System.Text.StringBuilder();
        while (Fill())
        {
            var rest = _current.Text.AsSpan(_position, _current.Length - _position);
            var end = rest.IndexOfAny('\n', '\r');
            if (end < 0)
            {
                line.Append(rest);
                _position = _current.Length;
                continue;
            }

            line.Append(rest[..end]);
            _position += end + 1;
            if (rest[end] == '\r' && Peek() == '\n')
            {
                _position++;
            }

            break;
        }

        return line.ToString();
    }

    /// <summary>True when a character is ready; waits for the next block, or throws once interrupted.</summary>
    private bool Fill()
    {
        while (_position >= _current.Length)
        {
            if (_ended)
            {
                return false;
            }

            _current = _blocks.Take(_cancellation);
            _position = 0;
            _ended = _current.Length == 0;
            if (_current.Error is { } error)
            {
                _ended = true;
                throw new IOException("standard input could not be read: " + error.Message, error);
            }
        }

        return true;
    }

    private void Pump(TextReader input)
    {
        try
        {
            while (true)
            {
                var text = new char[BlockSize];
                var read = input.Read(text, 0, text.Length);
                _blocks.Add(new Block(text, read, null));
                if (read == 0)
                {
                    return;
                }
            }
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException)
        {
            _blocks.Add(new Block([], 0, error));
        }
    }

    /// <summary>A block of characters read; empty at the end of the input, or with the error that ended it.</summary>
    private sealed record Block(char[] Text, int Length, Exception? Error)
    {
        public static readonly Block Empty = new([], 0, null);
    }
}
