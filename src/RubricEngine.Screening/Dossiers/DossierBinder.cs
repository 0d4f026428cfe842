using RubricEngine.Model.Collections;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Types the raw shape of one dossier against the rubric's inputs: reserved keys (<c>id</c>,
/// <c>assessment_date</c>, <c>evidence</c>, <c>inputs</c>), then one entry per input. Every problem is
/// reported; a dossier with any error is not screened.
/// </summary>
internal sealed partial class DossierBinder(DossierSchema schema)
{
    private readonly DirectLineBinder _direct = new(schema);

    /// <summary>
    /// A JSON Lines line: bound straight from its bytes when it has the common shape (<see cref="DirectLineBinder"/>),
    /// otherwise parsed into the raw tree and bound as any dossier, so its diagnostics are the tree binder's.
    /// </summary>
    public DossierReadResult Bind(UnparsedLine line) => _direct.TryBind(line) ?? Bind(line.Parse());

    public DossierReadResult Bind(RawDossier raw)
    {
        if (raw.Node is null)
        {
            return new DossierReadResult(null, null, raw.Error is null ? [] : [raw.Error], raw.Span);
        }

        var diagnostics = new DiagnosticBag();
        var root = raw.Node;
        RawTreeCheck.Check(root, diagnostics);
        if (diagnostics.HasErrors)
        {
            // Oversized or corrupted text is not typed further: only the id is kept, to name the failure.
            var knownId = root.Field(DossierSchema.IdKey)?.Value is RawScalar { Text: { Length: > 0 and <= 256 } text } ? text.Trim() : null;
            return new DossierReadResult(null, knownId, diagnostics.ToImmutableSorted(), root.Span);
        }

        var id = ReadId(root, diagnostics);
        var date = ReadDate(root, diagnostics);
        var evidence = ReadEvidence(root.Field(DossierSchema.EvidenceKey), diagnostics);
        var entries = new SortedDictionary<string, DossierEntry>(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in InputFields(root, diagnostics))
        {
            given.Add(field.Key);
            var input = schema.Input(field.Key);
            if (input is null)
            {
                diagnostics.Report(DiagnosticCatalog.UnknownDossierInput, field.KeySpan, field.Key, schema.SuggestInput(field.Key));
                continue;
            }

            var values = ReadValues(input, field.Value, evidence, schema.Rubric.UnitScope, diagnostics);
            if (values.Count > 0)
            {
                entries[input.Name] = new DossierEntry(input.Name, values.ToValueArray());
            }
        }

        foreach (var input in schema.Inputs.Where(i => i.Required && !given.Contains(i.Name)))
        {
            diagnostics.Report(DiagnosticCatalog.MissingRequiredInput, root.Span, id ?? "?", input.Name);
        }

        if (diagnostics.HasErrors || id is null)
        {
            return new DossierReadResult(null, id, diagnostics.ToImmutableSorted(), root.Span);
        }

        var sorted = diagnostics.Count == 0 ? [] : diagnostics.ToImmutableSorted();

        var evidenceItems = evidence.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToValueArray();
        var dossier = new Dossier(id, date, entries.Values.ToValueArray(), evidenceItems, root.Span);
        return new DossierReadResult(dossier, id, sorted, root.Span);
    }

    private static string? ReadId(RawMap root, DiagnosticBag diagnostics)
    {
        if (root.Field(DossierSchema.IdKey)?.Value is RawScalar { Text: { Length: > 0 } text })
        {
            return text.Trim();
        }

        diagnostics.Report(DiagnosticCatalog.MissingDossierId, root.Span);
        return null;
    }

    private static DateOnly? ReadDate(RawMap root, DiagnosticBag diagnostics)
    {
        var field = root.Field(DossierSchema.DateKey);
        if (field?.Value is not RawScalar { Text: not null } scalar)
        {
            return null;
        }

        return ValueTyper.Type(scalar, Model.Types.DateType.Instance, DossierSchema.DateKey, UnitScope.Catalog, diagnostics) is DateValue d ? d.Date : null;
    }

    /// <summary>Inputs may sit under <c>inputs:</c> or beside the reserved keys at the top level.</summary>
    private static IEnumerable<RawField> InputFields(RawMap root, DiagnosticBag diagnostics)
    {
        foreach (var field in root.Fields)
        {
            switch (field.Key)
            {
                case DossierSchema.IdKey or DossierSchema.DateKey or DossierSchema.EvidenceKey:
                    break;
                case DossierSchema.InputsKey when field.Value is RawMap inputs:
                    foreach (var inner in inputs.Fields)
                    {
                        yield return inner;
                    }

                    break;
                case DossierSchema.InputsKey:
                    diagnostics.Report(DiagnosticCatalog.WrongDossierShape, field.Value.Span, DiagnosticPhrases.Named(field.Key), DiagnosticPhrases.InputMapping);
                    break;
                default:
                    yield return field;
                    break;
            }
        }
    }
}
