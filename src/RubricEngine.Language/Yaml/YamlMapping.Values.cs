using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Yaml;

/// <summary>Typed getters: each returns null when the key is absent or its value is invalid (reported).</summary>
internal sealed partial class YamlMapping
{
    public Spanned<string>? Text(string key, bool required = false) =>
        Scalar(key, required) is { } scalar ? new Spanned<string>(scalar.Value, scalar.Span) : null;

    public NameSyntax? Name(string key, bool required = false) =>
        Scalar(key, required) is { } scalar ? YamlScalars.Name(_context, scalar) : null;

    public Spanned<decimal>? Number(string key, bool required = false) =>
        Scalar(key, required) is { } scalar ? YamlScalars.Number(_context, scalar, Subject(key)) : null;

    public Spanned<int>? Integer(string key) =>
        Scalar(key) is { } scalar ? YamlScalars.Integer(_context, scalar, Subject(key)) : null;

    public Spanned<DateOnly>? Date(string key) =>
        Scalar(key) is { } scalar ? YamlScalars.Date(_context, scalar, Subject(key)) : null;

    public Spanned<bool>? Flag(string key) =>
        Scalar(key) is { } scalar ? YamlScalars.Flag(_context, scalar, Subject(key)) : null;

    public Spanned<T>? Choice<T>(string key, IReadOnlyDictionary<string, T> words, bool required = false) =>
        Scalar(key, required) is { } scalar ? YamlScalars.Choice(_context, scalar, Subject(key), words) : null;

    /// <summary>
    /// A text in several languages: a mapping of language tags to texts, or a single scalar as the English
    /// text. <see cref="TextsSyntax.None"/> when absent.
    /// </summary>
    public TextsSyntax Texts(string key)
    {
        var node = this[key];
        switch (node)
        {
            case null or YScalar { IsNull: true }:
                return TextsSyntax.None;
            case YScalar scalar:
                return new TextsSyntax([new LanguageTextSyntax("en", scalar.Value, scalar.Span) { PlaceholderSpans = YamlPlaceholders.Spans(_context, scalar) }], scalar.Span);
            case YMap map:
                return new TextsSyntax(map.Entries.Select(LanguageText).OfType<LanguageTextSyntax>().ToValueArray(), map.Span);
            default:
                _context.WrongKind(node, Subject(key), YamlPhrases.TextOrLanguages);
                return TextsSyntax.None;
        }

        LanguageTextSyntax? LanguageText(YEntry entry)
        {
            var language = entry.Key.Value;
            if (language.Length is 0 or > 8 || !language.All(char.IsAsciiLetterLower))
            {
                _context.Report(
                    DiagnosticCatalog.InvalidYamlValue, entry.Key.Span, YamlPhrases.LanguageOf(Subject(key)), YamlPhrases.LanguageTag, language, DiagnosticPhrases.None);
                return null;
            }

            return YamlScalars.NonEmpty(_context, entry.Value, YamlPhrases.TextIn(language, Subject(key))) is { } text
                ? new LanguageTextSyntax(language, text.Value, entry.Span) { PlaceholderSpans = YamlPlaceholders.Spans(_context, text) }
                : null;
        }
    }
}
