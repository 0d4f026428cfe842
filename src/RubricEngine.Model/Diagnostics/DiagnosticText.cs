namespace RubricEngine.Model.Diagnostics;

/// <summary>
/// A catalogue entry's words in one language: its title and its message format, with the same numbered
/// placeholders (<c>{0}</c>, <c>{1}</c>...) as the English format of <see cref="DiagnosticDescriptor"/>.
/// </summary>
/// <param name="Title">A one-line summary.</param>
/// <param name="Format">The message format, invariant culture.</param>
public sealed record DiagnosticText(string Title, string Format);
