using System.Text.RegularExpressions;

namespace RubricEngine.Explain.Localization;

/// <summary>
/// The screener's own fixed phrases inside decision texts (a missing-input detail such as <c>9 of at least 10
/// records</c>, trace values such as <c>count of panel = missing</c>) in the wanted language, with long numbers
/// rounded for reading. Names, values and units in the text are kept as written; the decision JSON keeps the
/// screener's English words, which are data.
/// </summary>
internal static class ScreenerText
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new();

    public static string Localize(string text, UiText words, int precision)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = Data.Numbers.ReadableValue(text, precision);
        foreach (var (pattern, replacement) in words.ScreenerPhrases)
        {
            shown = Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).Replace(shown, replacement);
        }

        return shown;
    }
}
