using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RubricEngine.Authoring.Diff;

/// <summary>A diff as a table for people or as JSON for tools.</summary>
public static class DiffFormats
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One block per edit: number, change, element and name, then the old and new wording.</summary>
    public static string Table(string oldPath, string newPath, IReadOnlyList<RubricEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var text = new StringBuilder();
        text.Append($"diff {oldPath} -> {newPath}: {edits.Count} edit(s), {edits.Count(e => e.AffectsDecisions)} that can change decisions\n");
        foreach (var edit in edits)
        {
            var verb = edit.Kind switch { EditKind.Added => "added", EditKind.Removed => "removed", _ => "changed" };
            var aspect = edit.Kind == EditKind.Changed ? $" {edit.Aspect}" : string.Empty;
            var marker = edit.AffectsDecisions ? string.Empty : " (text only)";
            text.Append($"{edit.Number,3}. {verb} {edit.Element} {edit.Name}{aspect}{marker}\n");
            if (edit.Old is not null)
            {
                text.Append($"       - {edit.Old}\n");
            }

            if (edit.New is not null)
            {
                text.Append($"       + {edit.New}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The edits as a JSON document with a fixed property order.</summary>
    public static string Json(string oldPath, string newPath, IReadOnlyList<RubricEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("old", oldPath);
            writer.WriteString("new", newPath);
            writer.WriteStartArray("edits");
            foreach (var edit in edits)
            {
                WriteEdit(writer, edit);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>One edit as a JSON object.</summary>
    public static void WriteEdit(Utf8JsonWriter writer, RubricEdit edit)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(edit);
        writer.WriteStartObject();
        writer.WriteNumber("number", edit.Number);
        writer.WriteString("change", edit.Kind.ToString().ToLowerInvariant());
        writer.WriteString("element", edit.Element);
        writer.WriteString("name", edit.Name);
        writer.WriteString("aspect", edit.Aspect);
        writer.WriteString("old", edit.Old);
        writer.WriteString("new", edit.New);
        writer.WriteBoolean("affects_decisions", edit.AffectsDecisions);
        writer.WriteEndObject();
    }
}
