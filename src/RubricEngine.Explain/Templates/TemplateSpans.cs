namespace RubricEngine.Explain.Templates;

/// <summary>Converts Scriban's 0-based positions to the 1-based spans of our diagnostics.</summary>
internal static class TemplateSpans
{
    public static Model.Text.SourceSpan From(string path, Scriban.Parsing.SourceSpan span) =>
        new(path, span.Start.Line + 1, span.Start.Column + 1, span.End.Line + 1, span.End.Column + 1);
}
