using System.Globalization;
using System.Text;

namespace RubricEngine.Model.Text;

/// <summary>
/// Makes text from dossiers and rubrics safe to show in a terminal or a text report: characters that could
/// drive the terminal (ESC sequences, OSC links, BEL, any C0 or C1 control, DEL), reorder what is shown
/// (bidi overrides and isolates) or forge a line (line and paragraph breaks) are written as visible escapes
/// such as <c>\x1B</c>, <c>\n</c> or <c>\u202E</c>. Everything else passes unchanged.
/// </summary>
public static class DisplayText
{
    /// <summary>The text with every unsafe character escaped.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="keepLineBreaks">Keep line feeds, carriage returns and tabs, for formats where they are layout (HTML).</param>
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstUnsafe(text, keepLineBreaks);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c, keepLineBreaks))
            {
                builder.Append(c);
                continue;
            }

            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < '\u0100' => builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)),
                _ => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
            };
        }

        return builder.ToString();
    }

    /// <summary>True when <see cref="Escape"/> would change the text.</summary>
    public static bool NeedsEscape(string text, bool keepLineBreaks = false) => FirstUnsafe(text ?? string.Empty, keepLineBreaks) >= 0;

    private static int FirstUnsafe(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i], keepLineBreaks))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c, bool keepLineBreaks) => c switch
    {
        '\n' or '\r' or '\t' => !keepLineBreaks,
        < ' ' => true,
        >= '\u007F' and <= '\u009F' => true,
        '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
