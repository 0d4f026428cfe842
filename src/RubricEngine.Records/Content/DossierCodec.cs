using System.Globalization;
using System.Text.Json;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Text;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Records.Content;

/// <summary>
/// A typed dossier as canonical JSON that reads back into the same model, so a stored dossier replays
/// without its original file or a dossier reader. Every value carries its kind; decimals keep their scale.
/// Source positions are not part of the content (the record keeps where the dossier came from).
/// </summary>
internal static partial class DossierCodec
{
    public static string Write(Dossier dossier) => Recording.JsonScratch.Write(dossier, Write);

    /// <summary>The same JSON as UTF-8 bytes: what a record stores.</summary>
    public static byte[] WriteUtf8(Dossier dossier) => Recording.JsonScratch.WriteUtf8(dossier, Write);

    /// <summary>Writes the dossier's content to a JSON writer: the form <see cref="Read"/> reads back.</summary>
    public static void Write(Utf8JsonWriter writer, Dossier dossier)
    {
        writer.WriteStartObject();
        writer.WriteString("id", dossier.Id);
        WriteDate(writer, "date", dossier.AssessmentDate);
        writer.WriteStartArray("entries");
        foreach (var entry in dossier.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("input", entry.Input);
            writer.WriteStartArray("values");
            foreach (var value in entry.Values)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("value");
                WriteValue(writer, value.Value);
                writer.WriteStartArray("evidence");
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
        writer.WriteStartArray("evidence");
        foreach (var item in dossier.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteString("document", item.Document);
            writer.WriteString("page", item.Page);
            writer.WriteString("verified_by", item.VerifiedBy);
            WriteDate(writer, "date", item.Date);
            if (item.Method is not null || item.Verification is not null)
            {
                writer.WriteString("method", item.Method);
                writer.WriteString("verification", item.Verification?.ToWord());
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
                writer.WriteString("number", n.Number.ToString(CultureInfo.InvariantCulture));
                break;
            case QuantityValue q:
                writer.WriteString("quantity", q.Quantity.Value.ToString(CultureInfo.InvariantCulture));
                writer.WriteString("unit", q.Quantity.Unit.Symbol);
                break;
            case TruthValue t:
                writer.WriteString("truth", t.Truth.ToString());
                break;
            case TextValue t:
                writer.WriteString("text", t.Text);
                break;
            case DateValue d:
                writer.WriteString("date", Date(d.Date));
                break;
            case EnumValue e:
                writer.WriteString("enum", e.Member);
                break;
            case RecordValue r:
                WriteFields(writer, r);
                break;
            case ListValue list:
                writer.WriteStartArray("records");
                foreach (var record in list.Records)
                {
                    writer.WriteStartObject();
                    WriteFields(writer, record);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"No stored form for {value.GetType().Name}.");
        }

        writer.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter writer, RecordValue record)
    {
        writer.WriteStartArray("fields");
        foreach (var (name, value) in record.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WritePropertyName("value");
            WriteValue(writer, value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, Date(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
