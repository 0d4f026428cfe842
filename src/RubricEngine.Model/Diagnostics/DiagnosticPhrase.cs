using System.Collections.Immutable;
using System.Globalization;

namespace RubricEngine.Model.Diagnostics;

/// <summary>
/// Words inside a message that are not data (a "did you mean" hint, a type, a list's "or"), kept in English and
/// Chinese so the message can be formatted in either language. Wherever a string is expected it formats as
/// English, so English messages read exactly as when these words were plain strings. The phrases themselves
/// live in <see cref="DiagnosticPhrases"/>.
/// </summary>
public sealed class DiagnosticPhrase : IFormattable
{
    private readonly string _english;
    private readonly string _chinese;
    private readonly ImmutableArray<object?> _arguments;

    internal DiagnosticPhrase(string english, string chinese, ImmutableArray<object?> arguments)
    {
        _english = english;
        _chinese = chinese;
        _arguments = arguments;
    }

    /// <summary>Arguments of the Chinese format when they differ from the English one's (see <see cref="DiagnosticPhrases.Translated"/>).</summary>
    internal ImmutableArray<object?>? ChineseArguments { get; init; }

    /// <summary>The phrase in <paramref name="language"/> (<c>en</c> or <c>zh</c>), its own phrases in the same language.</summary>
    public string In(string language)
    {
        var chinese = language == "zh";
        var arguments = chinese ? ChineseArguments ?? _arguments : _arguments;
        return string.Format(CultureInfo.InvariantCulture, chinese ? _chinese : _english, [.. arguments.Select(a => In(a, language))]);
    }

    /// <summary>A message argument in <paramref name="language"/>: a phrase is translated, anything else is data.</summary>
    public static object? In(object? argument, string language) => argument is DiagnosticPhrase phrase ? phrase.In(language) : argument;

    /// <summary>The English phrase.</summary>
    public override string ToString() => In("en");

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString();
}
