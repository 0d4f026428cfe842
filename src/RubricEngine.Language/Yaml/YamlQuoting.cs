using System.Globalization;
using System.Text;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// Decides how a scalar is written: plain when YAML reads it back unchanged, double-quoted otherwise. The
/// test is conservative; a quote too many costs nothing, a quote too few changes the rubric.
/// </summary>
internal static class YamlQuoting
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";
    private const string FlowIndicators = ",[]{}";

    /// <summary>Keys are names or example titles: quoted only when YAML's syntax needs it or a tool would not read a string.</summary>
    public static string Key(string key, bool inFlow = false) => Scalar(key, ScalarKind.Text, inFlow);

    public static string Scalar(string text, ScalarKind kind, bool inFlow) => kind switch
    {
        ScalarKind.Literal when IsPlainSafe(text, inFlow) => text,
        ScalarKind.Text when IsPlainSafe(text, inFlow) && !LooksTyped(text) => text,
        _ => DoubleQuoted(text),
    };

    /// <summary>
    /// True when a generic YAML tool would read the plain text as something other than a string: a number, a
    /// date, a boolean (YAML 1.1's yes/no/on/off included) or null. Quoting those keeps <c>version: "1.10"</c> a text
    /// for every tool that edits the file, not just for this loader.
    /// </summary>
    internal static bool LooksTyped(string text) =>
        text.ToUpperInvariant() is "TRUE" or "FALSE" or "YES" or "NO" or "ON" or "OFF" or "Y" or "N" or "~" or "NULL"
        || (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.')
            && text.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or ':' or '_' or 'e' or 'E' or 'x' or 'o' or 'T' or 'Z' or ' '));

    internal static bool IsPlainSafe(string text, bool inFlow)
    {
        if (text.Length == 0 || text is "~" or "null" or "Null" or "NULL"
            || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text[^1] == ':')
        {
            return false;
        }

        // A leading '-' is plain only before a digit, as in -5; "- x" would start a sequence item.
        var first = text[0];
        if (Indicators.Contains(first, StringComparison.Ordinal) && !(first == '-' && text.Length > 1 && char.IsAsciiDigit(text[1])))
        {
            return false;
        }

        return !text.Contains(": ", StringComparison.Ordinal)
            && !text.Contains(" #", StringComparison.Ordinal)
            && !text.Contains('\t', StringComparison.Ordinal)
            && !(inFlow && text.Any(c => FlowIndicators.Contains(c, StringComparison.Ordinal)))
            && text.All(IsPrintable);
    }

    private static bool IsPrintable(char c) =>
        !char.IsControl(c) && c is not '\u0085' and not '\u2028' and not '\u2029' and not '\uFEFF';

    internal static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                '\r' => builder.Append("\\r"),
                _ when char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' =>
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
