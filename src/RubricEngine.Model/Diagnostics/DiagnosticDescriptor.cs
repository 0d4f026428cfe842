namespace RubricEngine.Model.Diagnostics;

/// <summary>
/// One entry of the diagnostic catalogue: a stable code, a default severity and a message format
/// with numbered placeholders (<c>{0}</c>, <c>{1}</c>...). All descriptors live in <see cref="DiagnosticCatalog"/>.
/// </summary>
/// <param name="Code">The stable code, such as <c>RUB0001</c>.</param>
/// <param name="Severity">The severity of diagnostics created from this entry.</param>
/// <param name="Format">The message format, invariant culture.</param>
/// <param name="Title">A one-line summary for the documentation page.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Format, string Title);
