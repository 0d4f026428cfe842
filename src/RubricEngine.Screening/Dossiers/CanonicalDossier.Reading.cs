using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Text;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Dossiers;

internal static partial class CanonicalDossier
{
    /// <summary>
    /// Reads canonical content back into the dossier; throws <see cref="FormatException"/> on content this class did
    /// not write. Units are looked up in <paramref name="units"/>, the scope of the rubric that decided it: a dossier of a
    /// rubric that declares its own units (<c>unit tH2 = 1000 kgH2</c>) holds symbols the catalogue does not know.
    /// </summary>
    public static Dossier Read(string json, string source, UnitScope units)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var span = SourceSpan.At(source, 0, 0);
            var entries = root.GetProperty("entries").EnumerateArray().Select(e => new DossierEntry(
                e.GetProperty("input").GetString()!,
                [.. e.GetProperty("values").EnumerateArray().Select(v => new EvidencedValue(
                    ReadValue(v.GetProperty("value"), units),
                    [.. v.GetProperty("evidence").EnumerateArray().Select(i => i.GetString()!)],
                    span))]));
            var evidence = root.GetProperty("evidence").EnumerateArray().Select(e => new EvidenceItem(
                e.GetProperty("id").GetString()!,
                e.GetProperty("document").GetString(),
                e.GetProperty("page").GetString(),
                e.GetProperty("verified_by").GetString(),
                ReadDate(e.GetProperty("date")),
                span,
                e.TryGetProperty("method", out var method) ? method.GetString() : null,
                e.TryGetProperty("verification", out var kind) ? VerificationKinds.Parse(kind.GetString()) : null));
            return new Dossier(root.GetProperty("id").GetString()!, ReadDate(root.GetProperty("date")), [.. entries], [.. evidence], span);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw new FormatException($"stored dossier content is not readable: {e.Message}", e);
        }
    }

    private static Value ReadValue(JsonElement value, UnitScope units)
    {
        var property = value.EnumerateObject().First();
        var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : string.Empty;
        return property.Name switch
        {
            "number" => new NumberValue(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture)),
            "quantity" => new QuantityValue(new Quantity(
                decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture), ReadUnit(value.GetProperty("unit").GetString()!, units))),
            "truth" => new TruthValue(Enum.Parse<Truth>(text)),
            "text" => new TextValue(text),
            "date" => new DateValue(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            "enum" => new EnumValue(text),
            "fields" => ReadRecord(property.Value, units),
            "records" => new ListValue([.. property.Value.EnumerateArray().Select(r => ReadRecord(r.GetProperty("fields"), units))]),
            _ => throw new FormatException($"unknown value kind '{property.Name}'"),
        };
    }

    private static RecordValue ReadRecord(JsonElement fields, UnitScope units) =>
        new([.. fields.EnumerateArray().Select(f => new KeyValuePair<string, Value>(f.GetProperty("name").GetString()!, ReadValue(f.GetProperty("value"), units)))]);

    private static Unit ReadUnit(string symbol, UnitScope units) =>
        symbol.Length == 0 ? Unit.One
        : units.TryParse(symbol, out var unit, out _) ? unit
        : throw new FormatException($"unknown unit '{symbol}'");

    private static DateOnly? ReadDate(JsonElement date) =>
        date.ValueKind == JsonValueKind.Null ? null : DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
