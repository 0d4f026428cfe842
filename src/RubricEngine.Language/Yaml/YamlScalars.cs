using System.Globalization;
using RubricEngine.Language.Parsing;
using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// Reads scalars as the rubric form's values. YAML's own typing is ignored: <c>1.0</c> is the text "1.0" for a
/// version and the decimal 1.0 for a weight, because the key decides, not the YAML resolver.
/// </summary>
internal static class YamlScalars
{
    /// <summary>A non-empty scalar, or null with a report.</summary>
    public static YScalar? NonEmpty(YamlContext context, YNode node, DiagnosticPhrase subject)
    {
        if (node is YScalar { IsNull: false } scalar)
        {
            return scalar;
        }

        context.WrongKind(node, subject, YamlPhrases.Scalar);
        return null;
    }

    /// <summary>A name as the DSL writes it, so that the rubric can be written back as DSL.</summary>
    public static NameSyntax? Name(YamlContext context, YScalar scalar)
    {
        var text = scalar.Value;
        var problem = text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_') || !text.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? YamlPhrases.NameRule
            : Parser.ReservedWords.Contains(text) ? YamlPhrases.ReservedWord : null;
        if (problem is null)
        {
            return new NameSyntax(text, scalar.Span);
        }

        context.Report(DiagnosticCatalog.InvalidYamlName, scalar.Span, text, problem);
        return null;
    }

    public static Spanned<decimal>? Number(YamlContext context, YScalar scalar, DiagnosticPhrase subject) =>
        decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? new Spanned<decimal>(value, scalar.Span)
            : Invalid<decimal>(context, scalar, subject, YamlPhrases.Number);

    public static Spanned<int>? Integer(YamlContext context, YScalar scalar, DiagnosticPhrase subject) =>
        int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? new Spanned<int>(value, scalar.Span)
            : Invalid<int>(context, scalar, subject, DiagnosticPhrases.ValueOf(IntegerType.Instance));

    public static Spanned<DateOnly>? Date(YamlContext context, YScalar scalar, DiagnosticPhrase subject) =>
        DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? new Spanned<DateOnly>(value, scalar.Span)
            : Invalid<DateOnly>(context, scalar, subject, YamlPhrases.Date);

    /// <summary>Only <c>true</c> and <c>false</c>: YAML 1.1's <c>yes</c>, <c>on</c> and friends are too easy to misread.</summary>
    public static Spanned<bool>? Flag(YamlContext context, YScalar scalar, DiagnosticPhrase subject) =>
        scalar.Value switch
        {
            "true" => new Spanned<bool>(true, scalar.Span),
            "false" => new Spanned<bool>(false, scalar.Span),
            _ => Invalid<bool>(context, scalar, subject, YamlPhrases.TrueOrFalse),
        };

    /// <summary>One word of a closed vocabulary, such as <c>weighted_mean</c>.</summary>
    public static Spanned<T>? Choice<T>(YamlContext context, YScalar scalar, DiagnosticPhrase subject, IReadOnlyDictionary<string, T> words)
    {
        if (words.TryGetValue(scalar.Value, out var value))
        {
            return new Spanned<T>(value, scalar.Span);
        }

        context.Report(
            DiagnosticCatalog.InvalidYamlValue, scalar.Span, YamlPhrases.Capitalized(subject), YamlPhrases.OneOf(words.Keys), scalar.Value,
            YamlContext.DidYouMean(scalar.Value, words.Keys));
        return null;
    }

    private static Spanned<T>? Invalid<T>(YamlContext context, YScalar scalar, DiagnosticPhrase subject, DiagnosticPhrase expected)
    {
        context.Report(DiagnosticCatalog.InvalidYamlValue, scalar.Span, YamlPhrases.Capitalized(subject), expected, scalar.Value, DiagnosticPhrases.None);
        return null;
    }
}
