using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// Writes decisions as JSON with a fixed property order, invariant numbers and exact decimals (trailing
/// zeros dropped, so 3.50 and 3.5 print alike). The same decision always gives the same bytes.
/// </summary>
public static partial class DecisionJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = Compact with { Indented = true, NewLine = "\n" };

    /// <summary>The decision as a JSON document; indented for people, compact for JSON Lines.</summary>
    public static string Serialize(Decision decision, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            Write(writer, decision);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Several decisions as one JSON array, in the order given.</summary>
    public static string SerializeAll(IEnumerable<Decision> decisions, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            writer.WriteStartArray();
            foreach (var decision in decisions)
            {
                Write(writer, decision);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Writes each decision on its own line (JSON Lines), for streaming large batches. One JSON writer and buffer
    /// serve every line: serialising each decision to its own stream, array and string cost about 45 KB of garbage
    /// per Yeda decision, on the one thread that writes the batch.
    /// </summary>
    public static void WriteLines(TextWriter output, IEnumerable<Decision> decisions)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(decisions);
        var buffer = new ArrayBufferWriter<byte>(16 << 10);
        using var writer = new Utf8JsonWriter(buffer, Compact);
        var chars = ArrayPool<char>.Shared.Rent(16 << 10);
        try
        {
            foreach (var decision in decisions)
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                Write(writer, decision);
                writer.Flush();
                if (chars.Length < Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount))
                {
                    ArrayPool<char>.Shared.Return(chars);
                    chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount));
                }

                var count = Encoding.UTF8.GetChars(buffer.WrittenSpan, chars);
                output.Write(chars, 0, count);
                output.Write('\n');
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Writes one decision to a JSON writer, in the fixed property order.</summary>
    public static void Write(Utf8JsonWriter writer, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        writer.WriteStartObject();
        writer.WriteStartObject("rubric");
        writer.WriteString("id", decision.Rubric.Id);
        writer.WriteString("version", decision.Rubric.Version);
        writer.WriteString("hash", decision.Rubric.Hash);
        writer.WriteEndObject();
        writer.WriteStartObject("dossier");
        writer.WriteString("id", decision.DossierId);
        writer.WriteString("hash", decision.DossierHash);
        writer.WriteEndObject();
        writer.WriteString("outcome", decision.Outcome);
        writer.WriteString("reason", decision.Reason);
        WriteScore(writer, decision.Score);
        WriteCriteria(writer, decision.Criteria);
        WriteMissing(writer, decision.Missing);
        WriteTrace(writer, decision.Trace);
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            // Canonical text: trailing zeros dropped, so the same value always prints the same.
            writer.WritePropertyName(name);
            writer.WriteRawValue(DecimalText.Format(v), skipInputValidation: true);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
