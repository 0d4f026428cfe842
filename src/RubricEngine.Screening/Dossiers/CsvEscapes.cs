using System.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// The backslash escapes of CSV cells: <c>\|</c>, <c>\;</c> and <c>\@</c> write the in-cell separators as
/// text, <c>\\</c> a backslash; a backslash before anything else is kept as written (so <c>C:\docs</c> needs
/// no escaping). Cells are split on unescaped separators first and unescaped last.
/// </summary>
internal static class CsvEscapes
{
    private const char Escape = '\\';

    /// <summary>Splits on <paramref name="separator"/> where it is not escaped; parts keep their escapes and are trimmed.</summary>
    public static string[] Split(string cell, char separator, bool removeEmpty = false)
    {
        if (!cell.Contains(Escape, StringComparison.Ordinal))
        {
            var options = StringSplitOptions.TrimEntries | (removeEmpty ? StringSplitOptions.RemoveEmptyEntries : StringSplitOptions.None);
            return cell.Split(separator, options);
        }

        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == Escape && i + 1 < cell.Length)
            {
                i++; // the escaped character never separates
            }
            else if (cell[i] == separator)
            {
                Add(parts, cell[start..i], removeEmpty);
                start = i + 1;
            }
        }

        Add(parts, cell[start..], removeEmpty);
        return [.. parts];
    }

    /// <summary>The text with <c>\|</c>, <c>\;</c>, <c>\@</c> and <c>\\</c> resolved.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains(Escape, StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Escape && i + 1 < text.Length && text[i + 1] is '|' or ';' or '@' or Escape)
            {
                i++;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    private static void Add(List<string> parts, string part, bool removeEmpty)
    {
        var trimmed = part.Trim();
        if (!removeEmpty || trimmed.Length > 0)
        {
            parts.Add(trimmed);
        }
    }
}
