namespace RubricEngine.Model.Diagnostics;

/// <summary>
/// The one list of the words that go inside diagnostic messages as arguments, in English and Chinese. A
/// message's own words are in <see cref="DiagnosticCatalog"/> and <see cref="ChineseCatalog"/>; these are the
/// pieces that callers put into its placeholders. Names, units, numbers and quoted source text are data and
/// stay plain strings.
/// </summary>
public static partial class DiagnosticPhrases
{
    /// <summary>Nothing: an empty hint or suffix.</summary>
    public static DiagnosticPhrase None { get; } = Phrase(string.Empty, string.Empty);

    /// <summary>"; did you mean 'x'?" when there is a suggestion, otherwise nothing.</summary>
    public static DiagnosticPhrase DidYouMean(string? suggestion) =>
        suggestion is null ? None : Phrase("; did you mean '{0}'?", "；是否想写“{0}”？", suggestion);

    /// <summary>"none" (Chinese "无"), where a list is empty.</summary>
    public static DiagnosticPhrase NoneFound { get; } = Phrase("none", "无");

    /// <summary>"a, b or c" (Chinese "a、b或c"); an empty list reads "something else".</summary>
    public static DiagnosticPhrase OrList(IReadOnlyList<object> items) => items.Count switch
    {
        0 => Phrase("something else", "其他内容"),
        1 => Phrase("{0}", "{0}", items[0]),
        _ => Phrase("{0} or {1}", "{0}或{1}", Joined(items.Take(items.Count - 1)), items[^1]),
    };

    /// <summary>Items joined by ", " (Chinese "、"), for lists of phrases; lists of names stay plain strings.</summary>
    public static DiagnosticPhrase Joined(IEnumerable<object> items)
    {
        var all = items.ToList();
        return new DiagnosticPhrase(
            string.Join(", ", all.Select((_, i) => "{" + i + "}")),
            string.Join("、", all.Select((_, i) => "{" + i + "}")),
            [.. all]);
    }

    /// <summary>
    /// Text that is already whole in English (a parser's expectation), with its Chinese format filled from
    /// <paramref name="arguments"/>; for callers whose English words come as data from a library.
    /// </summary>
    public static DiagnosticPhrase Translated(string english, string chineseFormat, params object?[] arguments) =>
        new("{0}", chineseFormat, [english]) { ChineseArguments = [.. arguments] };

    /// <summary>A declared range as written, <c>1 to 5</c> (Chinese <c>1 到 5</c>).</summary>
    public static DiagnosticPhrase Range(Types.ValueRange range) => Phrase("{0} to {1}", "{0} 到 {1}", range.Min, range.Max);

    /// <summary>The end of the declaration, the file or the expression, where a syntax error found nothing.</summary>
    public static DiagnosticPhrase EndOfDeclaration { get; } = Phrase("end of declaration", "声明结尾");

    /// <inheritdoc cref="EndOfDeclaration"/>
    public static DiagnosticPhrase EndOfFile { get; } = Phrase("end of file", "文件结尾");

    /// <inheritdoc cref="EndOfDeclaration"/>
    public static DiagnosticPhrase EndOfExpression { get; } = Phrase("end of the expression", "表达式结尾");

    private static DiagnosticPhrase Phrase(string english, string chinese, params object?[] arguments) =>
        new(english, chinese, [.. arguments]);
}
