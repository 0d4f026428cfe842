using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Decisions;

/// <summary>SHA-256 content hashes of rubrics and dossiers, over canonical text so format and layout do not matter.</summary>
internal static class ContentHash
{
    [ThreadStatic]
    private static StringBuilder? _buffer;

    public static string Of(string canonicalText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)));

    /// <summary>The dossier's content in a fixed form: the same dossier from CSV, JSON or YAML hashes the same.</summary>
    public static string OfDossier(Dossier dossier)
    {
        // One buffer per thread: a dossier with an expert panel has hundreds of values, hashed once each.
        var text = _buffer ??= new StringBuilder(4096);
        text.Clear();
        text.Append("id=").Append(dossier.Id).Append('\n');
        text.Append("date=").Append(Date(dossier.AssessmentDate)).Append('\n');
        foreach (var entry in dossier.Entries)
        {
            foreach (var value in entry.Values)
            {
                text.Append("input ").Append(entry.Input).Append('=');
                Append(text, value.Value);
                text.Append(" @");
                foreach (var id in value.EvidenceIds)
                {
                    text.Append(id).Append(',');
                }

                text.Append('\n');
            }
        }

        foreach (var item in dossier.Evidence)
        {
            text.Append("evidence ").Append(item.Id).Append('|').Append(item.Document).Append('|').Append(item.Page)
                .Append('|').Append(item.VerifiedBy).Append('|').Append(Date(item.Date)).Append('\n');
        }

        return Of(text.ToString());
    }

    private static void Append(StringBuilder text, Value value)
    {
        switch (value)
        {
            // Numbers drop trailing zeros: 4 and 4.0 are the same evidence.
            case NumberValue n:
                DecimalText.Append(text, n.Number);
                break;
            case QuantityValue q:
                DecimalText.Append(text, q.Quantity.Value);
                text.Append(' ').Append(q.Quantity.Unit.Symbol);
                break;
            case ListValue list:
                text.Append('[');
                foreach (var record in list.Records)
                {
                    text.Append('{');
                    foreach (var (key, field) in record.Fields)
                    {
                        text.Append(key).Append(':');
                        Append(text, field);
                        text.Append(';');
                    }

                    text.Append('}');
                }

                text.Append(']');
                break;
            default:
                text.Append(value.ToDisplayString());
                break;
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
