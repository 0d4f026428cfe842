using System.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/>, but never holds more than a limit: a longer line is
/// skipped to its end and reported by its length, so one endless line cannot exhaust memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly StringBuilder _line = new();

    /// <summary>False at the end of the text; otherwise the line (null when too long) and its length.</summary>
    public bool Next(out string? line, out long length)
    {
        _line.Clear();
        length = 0;
        int c;
        var last = -1;
        while ((c = reader.Read()) >= 0 && c != '\n')
        {
            length++;
            last = c;
            if (length <= maxChars)
            {
                _line.Append((char)c);
            }
        }

        if (c < 0 && length == 0)
        {
            line = null;
            return false;
        }

        if (last == '\r')
        {
            // The line ends before its \r, held or not: a line of the limit's length plus \r\n is within the limit.
            length--;
            _line.Length = (int)Math.Min(_line.Length, length);
        }

        line = length <= maxChars ? _line.ToString() : null;
        return true;
    }
}
