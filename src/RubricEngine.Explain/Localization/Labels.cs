using RubricEngine.Model.Rubrics;

namespace RubricEngine.Explain.Localization;

/// <summary>
/// Picks the rubric's label in the wanted language. A missing translation falls back to English (or any
/// language present, or the identifier) and is marked, so a reader never mistakes it for a translation.
/// </summary>
internal sealed class Labels(UiText words)
{
    public UiText Words { get; } = words;

    public string Language => Words.Language;

    /// <summary>The label, marked when it is not in the wanted language; the identifier when there is none.</summary>
    public string Of(LocalizedText? text, string identifier)
    {
        var exact = text?.Exact(Language);
        if (exact is not null)
        {
            return exact;
        }

        var other = text?.Get("en");
        if (other is not null)
        {
            return other + Words.NoLabelMarker;
        }

        // An identifier is language-neutral enough in English; in other languages say it is untranslated.
        return Language == "en" ? identifier : identifier + Words.NoLabelMarker;
    }

    /// <summary>True when <see cref="Of"/> would not find the wanted language.</summary>
    public bool IsFallback(LocalizedText? text) => text?.Exact(Language) is null;

    /// <summary>A free text (explanation, description) in the wanted language, marked when borrowed; null when none.</summary>
    public string? Text(LocalizedText? text)
    {
        var exact = text?.Exact(Language);
        if (exact is not null)
        {
            return exact;
        }

        var other = text?.Get("en");
        return other is null ? null : other + Words.NoLabelMarker;
    }
}
