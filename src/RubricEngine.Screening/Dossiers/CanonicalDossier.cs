using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// The canonical content of a typed dossier: compact JSON that reads back into the same model (<see cref="Read"/>),
/// so a stored dossier replays without its original file or a dossier reader. Every value carries its kind; decimals
/// keep their scale (4.50 stays 4.50: a decision's trace prints values as given); units by symbol; source positions
/// are not part of it. The one implementation of that form: a screening worker renders it beside the decision
/// (<see cref="Batch.ScreenerOptions.RenderDossierContent"/>) and the decision store stores and reads exactly these bytes.
/// </summary>
internal static partial class CanonicalDossier
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    /// <summary>The dossier's canonical content as UTF-8, written with this thread's reused writer.</summary>
    public static byte[] Utf8(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(8 << 10);
        buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        Write(writer, dossier);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the dossier's canonical content to a JSON writer.</summary>
    public static void Write(Utf8JsonWriter writer, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(dossier);
        writer.WriteStartObject();
        writer.WriteString("id"u8, dossier.Id);
        WriteDate(writer, "date"u8, dossier.AssessmentDate);
        writer.WriteStartArray("entries"u8);
        foreach (var entry in dossier.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("input"u8, entry.Input);
            writer.WriteStartArray("values"u8);
            foreach (var value in entry.Values)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("value"u8);
                WriteValue(writer, value.Value);
                writer.WriteStartArray("evidence"u8);
                foreach (var id in value.EvidenceIds)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("evidence"u8);
        foreach (var item in dossier.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, item.Id);
            writer.WriteString("document"u8, item.Document);
            writer.WriteString("page"u8, item.Page);
            writer.WriteString("verified_by"u8, item.VerifiedBy);
            WriteDate(writer, "date"u8, item.Date);
            if (item.Method is not null || item.Verification is not null)
            {
                writer.WriteString("method"u8, item.Method);
                writer.WriteString("verification"u8, item.Verification?.ToWord());
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, Value value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case NumberValue n:
                WriteDecimal(writer, "number"u8, n.Number);
                break;
            case QuantityValue q:
                WriteDecimal(writer, "quantity"u8, q.Quantity.Value);
                writer.WriteString("unit"u8, q.Quantity.Unit.Symbol);
                break;
            case TruthValue t:
                writer.WriteString("truth"u8, t.Truth.ToString());
                break;
            case TextValue t:
                writer.WriteString("text"u8, t.Text);
                break;
            case DateValue d:
                WriteDate(writer, "date"u8, d.Date);
                break;
            case EnumValue e:
                writer.WriteString("enum"u8, e.Member);
                break;
            case RecordValue r:
                WriteFields(writer, r);
                break;
            case ListValue list:
                writer.WriteStartArray("records"u8);
                foreach (var record in list.Records)
                {
                    writer.WriteStartObject();
                    WriteFields(writer, record);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"No canonical form for {value.GetType().Name}.");
        }

        writer.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter writer, RecordValue record)
    {
        writer.WriteStartArray("fields"u8);
        foreach (var (name, value) in record.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name"u8, name);
            writer.WritePropertyName("value"u8);
            WriteValue(writer, value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A decimal as <c>decimal.ToString</c> writes it (scale kept), formatted straight to UTF-8.</summary>
    private static void WriteDecimal(Utf8JsonWriter writer, ReadOnlySpan<byte> name, decimal number)
    {
        Span<byte> text = stackalloc byte[40];
        number.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..written]);
    }

    private static void WriteDate(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateOnly? date)
    {
        if (date is { } d)
        {
            Span<byte> text = stackalloc byte[10];
            d.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.WriteString(name, text[..written]);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
