using System.Security.Cryptography;
using System.Text;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Decisions;

/// <summary>SHA-256 content hashes of rubrics and dossiers, over canonical text so format and layout do not matter.</summary>
internal static class ContentHash
{
    public static string Of(string canonicalText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)));

    /// <summary>The dossier's content in a fixed form: the same dossier from CSV, JSON or YAML hashes the same.</summary>
    public static string OfDossier(Dossier dossier)
    {
        var text = new StringBuilder();
        text.Append("id=").Append(dossier.Id).Append('\n');
        text.Append("date=").Append(dossier.AssessmentDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        foreach (var entry in dossier.Entries)
        {
            foreach (var value in entry.Values)
            {
                text.Append("input ").Append(entry.Input).Append('=').Append(Canonical(value.Value));
                text.Append(" @").Append(string.Join(",", value.EvidenceIds)).Append('\n');
            }
        }

        foreach (var item in dossier.Evidence)
        {
            text.Append("evidence ").Append(item.Id).Append('|').Append(item.Document).Append('|').Append(item.Page)
                .Append('|').Append(item.VerifiedBy).Append('|')
                .Append(item.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return Of(text.ToString());
    }

    private static string Canonical(Value value) => value switch
    {
        ListValue list => "[" + string.Join(";", list.Records.Select(r => r.ToDisplayString())) + "]",
        _ => value.ToDisplayString(),
    };
}
