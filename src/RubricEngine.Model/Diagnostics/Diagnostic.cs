using System.Globalization;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Diagnostics;

/// <summary>
/// A message about an input, at a position: <c>path(line,col): error RUB0123: message</c>.
/// Parsers, loaders and binders return diagnostics as data; they do not throw for bad input.
/// </summary>
/// <param name="Descriptor">The catalogue entry.</param>
/// <param name="Span">Where the problem is.</param>
/// <param name="Message">The formatted message.</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan Span, string Message)
{
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
        return new Diagnostic(descriptor, span, string.Format(CultureInfo.InvariantCulture, descriptor.Format, args));
    }

    /// <summary>Formats as <c>path(line,col): error RUB0123: message</c>.</summary>
    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        return $"{Span}: {severity} {Code}: {Message}";
    }
}
