using RubricEngine.Model.Collections;

namespace RubricEngine.Model.Rubrics;

/// <summary>
/// A text in several languages, keyed by language tag (<c>en</c>, <c>zh</c>...). Lookups fall back to
/// English, then to the first language present, so a missing translation never leaves a blank.
/// </summary>
/// <param name="Entries">The texts, sorted by language tag.</param>
public sealed record LocalizedText(ValueArray<KeyValuePair<string, string>> Entries)
{
    /// <summary>No text in any language.</summary>
    public static LocalizedText Empty { get; } = new([]);

    /// <summary>True when no language has a text.</summary>
    public bool IsEmpty => Entries.IsEmpty;

    /// <summary>Builds a text from (language, text) pairs; the pairs are sorted by language.</summary>
    public static LocalizedText Of(params (string Language, string Text)[] texts) =>
        new(texts.OrderBy(t => t.Language, StringComparer.Ordinal)
            .Select(t => KeyValuePair.Create(t.Language, t.Text)).ToValueArray());

    /// <summary>The text in exactly this language, or null.</summary>
    public string? Exact(string language)
    {
        foreach (var (key, text) in Entries)
        {
            if (key == language)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The text in this language, else English, else the first present, else null.</summary>
    public string? Get(string language) =>
        Exact(language) ?? Exact("en") ?? (Entries.IsEmpty ? null : Entries[0].Value);
}
