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

    public static string Key(string key, bool inFlow = false) => Scalar(key, false, inFlow);

    public static string Scalar(string text, bool forceQuotes, bool inFlow) =>
        !forceQuotes && IsPlainSafe(text, inFlow) ? text : DoubleQuoted(text);

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
        !char.IsControl(c) && c is not '\u0085' and not '\u2028' and not '\u2029' and not '\uFEFF' && !char.IsSurrogate(c) || char.IsSurrogate(c);

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
