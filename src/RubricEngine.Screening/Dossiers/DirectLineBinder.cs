using System.Text.Json;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Binds one JSON Lines dossier straight from the JSON reader to the rubric's inputs, without the raw tree (a node,
/// a position and a string per value, then a second walk to type it). It takes only the common, valid shape: one
/// object with a text <c>id</c>, an optional <c>assessment_date</c>, and the inputs beside them, each a plain value
/// or (for a list input) a list of records of plain values. On anything else (evidence, <c>inputs:</c>,
/// <c>{ value: ... }</c>, conflicting values, a key given twice, escapes, nulls for inputs) and on anything the tree
/// binder would report, even a warning, it gives up and returns null: the line is then parsed into the tree and bound
/// as before, so every diagnostic keeps its code, position and message. What it binds equals what the tree binder
/// gives for the line, spans included (<c>DirectLineBinderTests</c>).
/// </summary>
internal sealed class DirectLineBinder(DossierSchema schema)
{
    private readonly InputDeclaration[] _required = [.. schema.Inputs.Where(i => i.Required)];
    private readonly UnitScope _units = schema.Rubric.UnitScope;

    private static RecentTexts Texts => RecentTexts.OfThisThread;

    /// <summary>The bound dossier, or null when the line must take the tree parse (never a partial or wrong result).</summary>
    public DossierReadResult? TryBind(UnparsedLine line)
    {
        try
        {
            return Read(line);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null; // malformed JSON or text: the tree parse reports it where it is
        }
    }

    private DossierReadResult? Read(UnparsedLine line)
    {
        var lines = new LineIndex(line.Utf8, line.Path, line.LineNumber);
        var reader = new Utf8JsonReader(line.Utf8, JsonRawParser.Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var start = lines.At(reader.TokenStartIndex);
        string? id = null;
        DateOnly? date = null;
        var dated = false;
        var entries = new List<DossierEntry>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }

            var key = Texts.Key(ref reader);
            reader.Read();
            switch (key)
            {
                case DossierSchema.IdKey when id is null:
                    id = Text(ref reader)?.Trim();
                    if (string.IsNullOrEmpty(id))
                    {
                        return null;
                    }

                    break;
                case DossierSchema.DateKey when !dated:
                    dated = true;
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        date = Text(ref reader) is { } text && Typed(text, true, DateType.Instance, DossierSchema.DateKey, UnitScope.Catalog) is DateValue d
                            ? d.Date : null;
                        if (date is null)
                        {
                            return null;
                        }
                    }

                    break;
                case DossierSchema.IdKey or DossierSchema.DateKey or DossierSchema.EvidenceKey or DossierSchema.InputsKey:
                    return null;
                default:
                    if (schema.Input(key) is not { } input || entries.Exists(e => e.Input == input.Name)
                        || ReadValue(ref reader, input, lines) is not { } value)
                    {
                        return null;
                    }

                    entries.Add(new DossierEntry(input.Name, [value]));
                    break;
            }
        }

        var span = lines.Between(start, reader.BytesConsumed);
        if (reader.Read() || id is null || _required.Any(i => !entries.Exists(e => e.Input == i.Name)))
        {
            return null; // content after the object, no id, or a required input missing: the tree binder reports them
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Input, b.Input));
        return new DossierReadResult(new Dossier(id, date, entries.ToValueArray(), [], span), id, [], span);
    }

    private EvidencedValue? ReadValue(ref Utf8JsonReader reader, InputDeclaration input, LineIndex lines)
    {
        var start = lines.At(reader.TokenStartIndex);
        var value = input.Type is ListType list
            ? reader.TokenType == JsonTokenType.StartArray ? ReadRecords(ref reader, input.Name, list) : null
            : Scalar(ref reader, input.Type, input.Range, input.Name);
        return value is null ? null : new EvidencedValue(value, [], lines.Between(start, reader.BytesConsumed));
    }

    /// <summary>A list of records, each field a plain value or null; null for any other shape or any error.</summary>
    private ListValue? ReadRecords(ref Utf8JsonReader reader, string name, ListType type)
    {
        if (type.Fields.Count > 64)
        {
            return null; // the tree binder checks such records another way
        }

        var declared = RecordFields.Of(type);
        var order = RecordFields.InOrder(type);
        var byName = new KeyValuePair<string, Value>[type.Fields.Count]; // a record's values by name rank, as the tree binder keeps them
        var records = new List<RecordValue>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject || records.Count == DossierLimits.MaxListItems)
            {
                return null;
            }

            var seen = 0UL;
            var ranked = 0UL;
            var count = 0;
            var next = 0; // the field expected next: records mostly list their fields in declaration order, matched as bytes
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                if (reader.ValueIsEscaped)
                {
                    return null;
                }

                var slot = next < order.Length && reader.ValueSpan.SequenceEqual(order[next].Utf8Name) ? order[next] : declared.GetValueOrDefault(Texts.Key(ref reader));
                if (slot is null || (seen & (1UL << slot.Index)) != 0)
                {
                    return null; // an unknown field, or one given twice
                }

                seen |= 1UL << slot.Index;
                next = slot.Index + 1;
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue; // given as null: no value, as the tree binder reads it
                }

                if (Scalar(ref reader, slot.Field.Type, slot.Field.Range, new ValueName(name, slot.Field.Name)) is not { } value)
                {
                    return null;
                }

                byName[slot.Rank] = KeyValuePair.Create(slot.Field.Name, value);
                ranked |= 1UL << slot.Rank;
                count++;
            }

            for (var i = 0; i < type.Fields.Count; i++)
            {
                if (type.Fields[i].Required && (seen & (1UL << i)) == 0)
                {
                    return null;
                }
            }

            records.Add(new RecordValue(DossierBinder.InRankOrder(byName, ranked, count)));
        }

        return new ListValue(records.ToValueArray());
    }

    /// <summary>A number or string typed as the declaration says and within its range; null for any other token or any error.</summary>
    private Value? Scalar(ref Utf8JsonReader reader, DataType type, ValueRange? range, ValueName name)
    {
        var quoted = reader.TokenType == JsonTokenType.String;
        var text = quoted ? Text(ref reader) : reader.TokenType == JsonTokenType.Number ? Texts.Number(reader.ValueSpan) : null;
        if (text is null)
        {
            return null;
        }

        var value = Typed(text, quoted, type, name, _units);
        return RangeCheck.Holds(value, range) ? value : null;
    }

    /// <summary>The tree binder's typing, kept only when it reports nothing; a plain number needs no diagnostics bag.</summary>
    private static Value? Typed(string text, bool quoted, DataType type, ValueName name, UnitScope units)
    {
        if (ValueTyper.Plain(text, type) is { } plain)
        {
            return plain;
        }

        var diagnostics = new DiagnosticBag();
        var value = ValueTyper.TypeInGeneral(new RawScalar(text, quoted, SourceSpan.None), type, name.Text, units, diagnostics);
        return diagnostics.Count == 0 ? value : null;
    }

    /// <summary>An unescaped string that passes the tree's text check (length, no U+FFFD); null otherwise.</summary>
    private static string? Text(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return null;
        }

        var text = reader.GetString()!;
        return text.Length <= DossierLimits.MaxStringChars && !text.Contains('\uFFFD', StringComparison.Ordinal) ? text : null;
    }
}
