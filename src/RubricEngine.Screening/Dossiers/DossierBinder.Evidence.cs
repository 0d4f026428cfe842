using System.Globalization;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;

namespace RubricEngine.Screening.Dossiers;

/// <summary>The <c>evidence</c> list: items with id, document, page, verified_by, date, method and verification.</summary>
internal sealed partial class DossierBinder
{
    private static readonly string[] EvidenceFields = ["id", "document", "page", "verified_by", "date", "method", "verification"];

    private static Dictionary<string, EvidenceItem> ReadEvidence(RawField? field, DiagnosticBag diagnostics)
    {
        var items = new Dictionary<string, EvidenceItem>(StringComparer.Ordinal);
        if (field is null)
        {
            return items;
        }

        if (field.Value is not RawList list)
        {
            diagnostics.Report(DiagnosticCatalog.WrongDossierShape, field.Value.Span, DiagnosticPhrases.Named(DossierSchema.EvidenceKey), DiagnosticPhrases.EvidenceList);
            return items;
        }

        foreach (var node in list.Items)
        {
            if (node is not RawMap map || Text(map, "id") is not { } id)
            {
                diagnostics.Report(DiagnosticCatalog.WrongDossierShape, node.Span, DiagnosticPhrases.Named(DossierSchema.EvidenceKey), DiagnosticPhrases.EvidenceItemsWithId);
                continue;
            }

            foreach (var unknown in map.Fields.Where(f => !EvidenceFields.Contains(f.Key)))
            {
                diagnostics.Report(DiagnosticCatalog.UnknownRecordField, unknown.KeySpan, DossierSchema.EvidenceKey, unknown.Key,
                    DiagnosticPhrases.ExpectedKeys(EvidenceFields));
            }

            DateOnly? date = null;
            if (Text(map, "date") is { } dateText)
            {
                if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    date = parsed;
                }
                else
                {
                    diagnostics.Report(DiagnosticCatalog.WrongValueType, map.Field("date")!.Value.Span, DiagnosticPhrases.EvidenceField("date"),
                        DiagnosticPhrases.TypeName(Model.Types.DateType.Instance), dateText);
                }
            }

            VerificationKind? verification = null;
            if (Text(map, "verification") is { } kindText)
            {
                verification = VerificationKinds.Parse(kindText);
                if (verification is null)
                {
                    diagnostics.Report(DiagnosticCatalog.WrongValueType, map.Field("verification")!.Value.Span, DiagnosticPhrases.EvidenceField("verification"),
                        DiagnosticPhrases.OneOfWords(VerificationKinds.Words), kindText);
                }
            }

            var item = new EvidenceItem(id, Text(map, "document"), Text(map, "page"), Text(map, "verified_by"), date, map.Span, Text(map, "method"), verification);
            if (!items.TryAdd(id, item))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateEvidenceItem, map.Span, id);
            }
        }

        return items;
    }

    private static string? Text(RawMap map, string key) =>
        map.Field(key)?.Value is RawScalar { Text: { Length: > 0 } text } ? text.Trim() : null;
}
