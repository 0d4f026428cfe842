using RubricEngine.Model.Collections;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Dossiers;

/// <summary>The value forms of an input: <c>x</c>, <c>{ value: x, evidence: [e1] }</c>, or a list of those (conflicting evidence).</summary>
internal sealed partial class DossierBinder
{
    private const string ValueKey = "value";
    private const string CitesKey = "evidence";

    private static List<EvidencedValue> ReadValues(
        InputDeclaration input, RawNode node, IReadOnlyDictionary<string, EvidenceItem> evidence, UnitScope units, DiagnosticBag diagnostics)
    {
        var values = new List<EvidencedValue>();
        if (input.Type is ListType && node is RawList)
        {
            // For a list input, a sequence is the records of one value, not several values.
            AddValue(input, node, [], evidence, units, diagnostics, values);
            return values;
        }

        var alternatives = node is RawList list ? list.Items.Items : [node];
        foreach (var item in alternatives)
        {
            if (item is RawMap map && map.Field(ValueKey) is { } valueField)
            {
                foreach (var key in map.Fields.Where(f => f.Key is not (ValueKey or CitesKey)))
                {
                    diagnostics.Report(DiagnosticCatalog.UnknownRecordField, key.KeySpan, input.Name, key.Key, DiagnosticPhrases.ExpectedValueOrEvidence);
                }

                AddValue(input, valueField.Value, Citations(map.Field(CitesKey)?.Value), evidence, units, diagnostics, values);
            }
            else
            {
                AddValue(input, item, [], evidence, units, diagnostics, values);
            }
        }

        return values;
    }

    private static void AddValue(
        InputDeclaration input, RawNode node, List<RawScalar> cites, IReadOnlyDictionary<string, EvidenceItem> evidence,
        UnitScope units, DiagnosticBag diagnostics, List<EvidencedValue> values)
    {
        foreach (var cite in cites.Where(c => !evidence.ContainsKey(c.Text!)))
        {
            diagnostics.Report(DiagnosticCatalog.UnknownEvidenceItem, cite.Span, cite.Text);
        }

        var value = (input.Type, node) switch
        {
            (_, RawScalar { Text: null }) => null, // an explicit null: no evidence, reported as missing
            (ListType listType, RawList records) => ReadRecords(input.Name, listType, records, units, diagnostics),
            (ListType, _) => Shape(node, input.Name, DiagnosticPhrases.ListOfRecords, diagnostics),
            (_, RawScalar scalar) => RangeCheck.Within(ValueTyper.Type(scalar, input.Type, input.Name, units, diagnostics), input.Range, scalar, input.Name, diagnostics),
            _ => Shape(node, input.Name, DiagnosticPhrases.SingleValueOf(input.Type), diagnostics),
        };

        if (value is not null)
        {
            values.Add(new EvidencedValue(value, cites.Select(c => c.Text!).ToValueArray(), node.Span));
        }
    }

    private static ListValue ReadRecords(string name, ListType type, RawList list, UnitScope units, DiagnosticBag diagnostics)
    {
        var declared = RecordFields.Of(type);
        var records = new List<RecordValue>(list.Items.Count);
        var byName = new KeyValuePair<string, Value>[Math.Min(type.Fields.Count, 64)]; // a record's values in name order, by rank
        foreach (var item in list.Items)
        {
            if (item is not RawMap map)
            {
                Shape(item, name, DiagnosticPhrases.RecordMapping, diagnostics);
                continue;
            }

            var fields = new List<KeyValuePair<string, Value>>(map.Fields.Count);
            var seen = 0UL; // bit i: declared field i was given (records have few fields; more than 64 skip the check)
            var ranked = 0UL; // bit r: the field of name rank r has a value in byName
            var repeated = type.Fields.Count > 64; // then, or when a field comes twice, the fields are sorted instead
            foreach (var field in map.Fields)
            {
                if (!declared.TryGetValue(field.Key, out var slot))
                {
                    var hint = Model.Text.NameSuggester.Suggest(field.Key, type.Fields.Select(f => f.Name));
                    diagnostics.Report(DiagnosticCatalog.UnknownRecordField, field.KeySpan, name, field.Key,
                        DiagnosticPhrases.DidYouMean(hint));
                    continue;
                }

                repeated |= slot.Index < 64 && (seen & (1UL << slot.Index)) != 0;
                seen |= slot.Index < 64 ? 1UL << slot.Index : 0;
                if (field.Value is RawScalar { Text: not null } scalar
                    && RangeCheck.Within(ValueTyper.Type(scalar, slot.Field.Type, new ValueName(name, field.Key), units, diagnostics), slot.Field.Range, scalar, new ValueName(name, field.Key), diagnostics) is { } typed)
                {
                    fields.Add(KeyValuePair.Create(field.Key, typed));
                    if (slot.Rank < 64)
                    {
                        byName[slot.Rank] = fields[^1];
                        ranked |= 1UL << slot.Rank;
                    }
                }
                else if (field.Value is not RawScalar)
                {
                    Shape(field.Value, new ValueName(name, field.Key).Text, DiagnosticPhrases.SingleValue, diagnostics);
                }
            }

            for (var i = 0; i < type.Fields.Count && i < 64; i++)
            {
                if (type.Fields[i].Required && (seen & (1UL << i)) == 0)
                {
                    diagnostics.Report(DiagnosticCatalog.MissingRecordField, map.Span, name, type.Fields[i].Name);
                }
            }

            records.Add(new RecordValue(repeated ? SortedByName(fields) : InRankOrder(byName, ranked, fields.Count)));
        }

        return new ListValue(records.ToValueArray());
    }

    /// <summary>Fields in ordinal name order, read off their ranks: no comparisons, when every field came once.</summary>
    internal static ValueArray<KeyValuePair<string, Value>> InRankOrder(KeyValuePair<string, Value>[] byName, ulong ranked, int count)
    {
        var fields = new KeyValuePair<string, Value>[count];
        var at = 0;
        for (var rest = ranked; rest != 0; rest &= rest - 1)
        {
            fields[at++] = byName[System.Numerics.BitOperations.TrailingZeroCount(rest)];
        }

        return ValueArray.Create<KeyValuePair<string, Value>>(fields);
    }

    private static ValueArray<KeyValuePair<string, Value>> SortedByName(List<KeyValuePair<string, Value>> fields)
    {
        fields.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return fields.ToValueArray();
    }

    private static List<RawScalar> Citations(RawNode? node) => node switch
    {
        RawScalar { Text: not null } s => [s],
        RawList l => [.. l.Items.OfType<RawScalar>().Where(s => s.Text is not null)],
        _ => [],
    };

    private static Value? Shape(RawNode node, string name, DiagnosticPhrase expected, DiagnosticBag diagnostics)
    {
        diagnostics.Report(DiagnosticCatalog.WrongDossierShape, node.Span, DiagnosticPhrases.Named(name), expected);
        return null;
    }
}
