using System.Net;
using System.Text.RegularExpressions;

namespace RubricEngine.Cli.Tests.Chinese;

/// <summary>
/// Finds English words in a Chinese output: every run of Latin letters that is not an allowed token (a name,
/// unit, keyword or citation of the rubric, a word of the dossier's own data, a hash). HTML is read as a person
/// sees it: text and attribute titles, not markup, styles or scripts.
/// </summary>
internal static partial class EnglishScanner
{
    /// <summary>The English words of <paramref name="text"/> that <paramref name="allowed"/> does not hold, each with its line (allowed phrases blanked).</summary>
    public static IEnumerable<(string Word, string Line)> Untranslated(string text, AllowedTokens allowed, bool html)
    {
        var visible = allowed.WithoutPhrases(html ? VisibleText(text) : text);
        var lines = visible.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Hash().Replace(lines[i], " ");
            foreach (Match word in Word().Matches(line))
            {
                if (!allowed.Words.Contains(word.Value))
                {
                    yield return (word.Value, lines[i].Trim());
                }
            }
        }
    }

    /// <summary>The words of a text, as the scan splits them.</summary>
    public static IEnumerable<string> Words(string text) => Word().Matches(Hash().Replace(text, " ")).Select(m => m.Value);

    // What a reader sees: scripts, styles and tags dropped, entities decoded, title and alt attributes kept.
    private static string VisibleText(string html)
    {
        var text = ScriptOrStyle().Replace(html, " ");
        var titles = string.Join("\n", ReadAttribute().Matches(text).Select(m => m.Groups["value"].Value));
        text = Tag().Replace(text, " ");
        return WebUtility.HtmlDecode(text + "\n" + titles);
    }

    // A word: Latin letters, digits inside it, '_' joining a name's parts; "gCO2e/kWh" reads as gCO2e and kWh.
    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // Content hashes (rubric and dossier) and digests.
    [GeneratedRegex(@"\b[0-9a-f]{12,64}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hash();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<[/!]?[A-Za-z][^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b(title|alt|aria-label|placeholder)=""(?<value>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex ReadAttribute();
}
