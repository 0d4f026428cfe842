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
        while ((c = reader.Read()) >= 0 && c != '\n')
        {
            length++;
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

        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
            length--;
        }

        line = length <= maxChars ? _line.ToString() : null;
        return true;
    }
}
