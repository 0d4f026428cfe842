using System.Reflection;
using System.Text.Json;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Cli.Reports;

/// <summary>
/// <c>rubric check</c> diagnostics as SARIF 2.1.0, the static-analysis format code-scanning services read:
/// one run of the <c>rubric</c> tool, one rule per diagnostic code seen, one result per diagnostic with
/// its file, line and column.
/// </summary>
internal static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        var rules = diagnostics.Select(d => d.Descriptor).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                WriteResult(json, diagnostic, rules.FindIndex(r => r.Code == diagnostic.Code));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteTool(Utf8JsonWriter json, List<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "rubric");
        json.WriteString("semanticVersion", Version());
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", string.Concat(rule.Title.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", $"docs/diagnostics.md#{rule.Code.ToLowerInvariant()}");
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", diagnostic.Span.Path.Replace('\\', '/'));
        json.WriteEndObject();
        var span = diagnostic.Span;
        if (span.HasLocation)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", span.Line);
            json.WriteNumber("startColumn", Math.Max(1, span.Column));
            if (span.EndLine > span.Line || (span.EndLine == span.Line && span.EndColumn > span.Column))
            {
                json.WriteNumber("endLine", span.EndLine);
                json.WriteNumber("endColumn", span.EndColumn);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";

    private static string Version() =>
        (typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
