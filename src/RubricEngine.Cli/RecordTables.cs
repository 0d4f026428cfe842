using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using RubricEngine.Cli.Output;

namespace RubricEngine.Cli;

/// <summary>Rows of a records listing in the formats of <c>screen</c>: an aligned table, JSON or CSV.</summary>
internal static class RecordTables
{
    public static readonly string[] Formats = ["table", "json", "csv"];

    public static void Write(TextWriter output, string format, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var all = rows.ToList();
        switch (format)
        {
            case "json":
                WriteJson(output, headers, all);
                break;
            case "csv":
                output.Write(string.Join(",", headers.Select(Csv)) + "\n");
                foreach (var row in all)
                {
                    output.Write(string.Join(",", row.Select(Csv)) + "\n");
                }

                break;
            default:
                WriteTable(output, headers, all);
                break;
        }
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<string> headers, List<IReadOnlyList<string?>> rows)
    {
        // Columns are sized in terminal cells: a Chinese header or label takes two per character.
        var widths = headers.Select((h, i) => Math.Max(CellWidth.Of(h), rows.Count == 0 ? 0 : rows.Max(r => CellWidth.Of(Cell(r[i]))))).ToArray();
        string Padded(string text, int width) => text + new string(' ', Math.Max(0, width - CellWidth.Of(text)));
        string Line(IEnumerable<string?> cells) => string.Join("  ", cells.Select((c, i) => Padded(Cell(c), widths[i]))).TrimEnd();
        output.Write(Line(headers) + "\n");
        output.Write(Line(widths.Select(w => new string('-', w))) + "\n");
        foreach (var row in rows)
        {
            output.Write(Line(row) + "\n");
        }
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<string> headers, List<IReadOnlyList<string?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < headers.Count; i++)
                {
                    writer.WriteString(headers[i], row[i]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    /// <summary>Control characters and line breaks would break the table's rows; they print as spaces.</summary>
    private static string Cell(string? value) =>
        value is null ? "-" : string.Create(value.Length, value, (span, v) =>
        {
            for (var i = 0; i < v.Length; i++)
            {
                span[i] = char.IsControl(v[i]) ? ' ' : v[i];
            }
        });

    /// <summary>RFC 4180 quoting; a leading formula character is neutralised so spreadsheets show text, not run it.</summary>
    private static string Csv(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
