namespace RubricEngine.Language.Dossiers;

/// <summary>
/// Passes text through to the YAML parser, counting characters, and stops at a limit the reader moves forward
/// at each document: the parser would otherwise hold one endless scalar or document in memory whole.
/// </summary>
internal sealed class CountingTextReader(TextReader inner) : TextReader
{
    /// <summary>Characters read so far.</summary>
    public long Position { get; private set; }

    /// <summary>The position past which reading fails with <see cref="DocumentTooLongException"/>.</summary>
    public long Limit { get; set; } = long.MaxValue;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Advance(1);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Advance(inner.Read(buffer, index, count));

    public override int Read(Span<char> buffer) => Advance(inner.Read(buffer));

    private int Advance(int read)
    {
        Position += read;
        if (Position > Limit)
        {
            throw new DocumentTooLongException();
        }

        return read;
    }
}

/// <summary>Thrown by <see cref="CountingTextReader"/> past its limit; caught by the YAML dossier reader.</summary>
internal sealed class DocumentTooLongException : Exception
{
    public DocumentTooLongException()
        : base("The YAML document is too long")
    {
    }

    public DocumentTooLongException(string message)
        : base(message)
    {
    }

    public DocumentTooLongException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
