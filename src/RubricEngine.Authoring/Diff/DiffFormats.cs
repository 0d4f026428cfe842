using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RubricEngine.Authoring.Diff;

/// <summary>A diff as a table for people or as JSON for tools.</summary>
public static class DiffFormats
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One block per edit: number, change, element and name, then the old and new wording.</summary>
    public static string Table(string oldPath, string newPath, IReadOnlyList<RubricEdit> edits) => Table(oldPath, newPath, edits, "en");

    /// <summary>
    /// The table in <paramref name="language"/> (<c>en</c> or <c>zh</c>): the program's words translated, the
    /// rubric's own wording (names, conditions, numbers) as written, a text by its Chinese text in Chinese.
    /// </summary>
    public static string Table(string oldPath, string newPath, IReadOnlyList<RubricEdit> edits, string language)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var chinese = language == "zh";
        var text = new StringBuilder();
        var decisive = edits.Count(e => e.AffectsDecisions);
        text.Append(chinese
            ? $"差异 {oldPath} -> {newPath}：共 {edits.Count} 项修订，其中 {decisive} 项可能改变决定\n"
            : $"diff {oldPath} -> {newPath}: {edits.Count} edit(s), {decisive} that can change decisions\n");
        foreach (var edit in edits)
        {
            var marker = edit.AffectsDecisions ? string.Empty : chinese ? "（仅文本）" : " (text only)";
            text.Append($"{edit.Number,3}. {EditWording.Heading(edit, language)}{marker}\n");
            if (edit.Old is not null)
            {
                text.Append($"       - {EditWording.Wording(edit.Old, language)}\n");
            }

            if (edit.New is not null)
            {
                text.Append($"       + {EditWording.Wording(edit.New, language)}\n");
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
