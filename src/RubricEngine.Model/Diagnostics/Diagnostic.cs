using System.Collections.Immutable;
using System.Globalization;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Diagnostics;

/// <summary>
/// A message about an input, at a position: <c>path(line,col): error RUB0123: message</c>.
/// Parsers, loaders and binders return diagnostics as data; they do not throw for bad input.
/// </summary>
/// <param name="Descriptor">The catalogue entry.</param>
/// <param name="Span">Where the problem is.</param>
/// <param name="Message">The formatted message, in English.</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan Span, string Message)
{
    /// <summary>
    /// The values the message was formatted from, so it can be formatted in another language: data (names,
    /// numbers, quoted text) and <see cref="DiagnosticPhrase"/>s. Empty for a diagnostic made from a message only.
    /// </summary>
    public ImmutableArray<object?> Arguments { get; init; } = [];

    /// <summary>The stable code, such as <c>RUB0001</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The severity, from the catalogue entry.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Creates a diagnostic, formatting the descriptor's message with invariant culture.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new Diagnostic(descriptor, span, string.Format(CultureInfo.InvariantCulture, descriptor.Format, args)) { Arguments = [.. args] };
    }

    /// <summary>
    /// The message in <paramref name="language"/> (<c>en</c> or <c>zh</c>), formatted from <see cref="Arguments"/>
    /// with the language's catalogue entry; the English <see cref="Message"/> when there is none.
    /// </summary>
    public string MessageIn(string language)
    {
        if (language != "zh" || ChineseCatalog.Find(Code) is not { } chinese || (Arguments.IsEmpty && Descriptor.Format.Contains('{', StringComparison.Ordinal)))
        {
            return Message;
        }

        return string.Format(CultureInfo.InvariantCulture, chinese.Format, [.. Arguments.Select(a => DiagnosticPhrase.In(a, language))]);
    }

    /// <summary>Formats as <c>path(line,col): error RUB0123: message</c>.</summary>
    public override string ToString() => ToString("en");

    /// <summary>Formats in <paramref name="language"/>: <c>path(line,col): 错误 RUB0123: 消息</c> in Chinese; the position and code stay.</summary>
    public string ToString(string language)
    {
        var severity = language == "zh" ? (IsError ? "错误" : "警告") : (IsError ? "error" : "warning");
        return $"{Span}: {severity} {Code}: {MessageIn(language)}";
    }

    /// <summary>Equal when the entry, position and message are; the arguments are how the message was made.</summary>
    public bool Equals(Diagnostic? other) =>
        other is not null && Descriptor == other.Descriptor && Span == other.Span && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Descriptor, Span, Message);
}
