using System.Text.Json;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Cli.Reports;

/// <summary><c>rubric check --format json</c>: the diagnostics as a plain JSON array with their positions.</summary>
internal static class DiagnosticJsonReport
{
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartArray();
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", diagnostic.Span.Path.Replace('\\', '/'));
                json.WriteNumber("line", diagnostic.Span.Line);
                json.WriteNumber("column", diagnostic.Span.Column);
                json.WriteNumber("end_line", diagnostic.Span.EndLine);
                json.WriteNumber("end_column", diagnostic.Span.EndColumn);
                json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
                json.WriteString("code", diagnostic.Code);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }
}
