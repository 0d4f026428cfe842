using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// The values of an example. A scalar input takes a value (<c>12 gCO2e/kWh</c>), a mapping with <c>value</c>,
/// <c>from</c> and <c>verified_by</c>, or a sequence of those when the evidence conflicts. A list input takes
/// its records: a sequence of mappings, or a mapping with <c>columns</c> and <c>rows</c>, or either under
/// <c>records</c> beside <c>from</c> and <c>verified_by</c>.
/// </summary>
internal sealed partial class YamlLoader
{
    private List<GivenSyntax> ReadGivens(NameSyntax input, YEntry entry, DiagnosticPhrase example)
    {
        var what = YamlPhrases.Given(input.Text, example);
        var type = _context.InputTypes.GetValueOrDefault(input.Text);
        if (type is null && entry.Value is YMap or YList)
        {
            // An undeclared input: its shape cannot be checked, so leave the value out and let the binder say
            // "unknown name ... did you mean" for the input, as it does for the DSL.
            return [new GivenSyntax(input, null, new TableSyntax([], [], entry.Value.Span), null, null, entry.Span)];
        }

        if (type is ListTypeSyntax listType)
        {
            // Several tables for one list (conflicting evidence) are a sequence of mappings that each hold their records.
            var tables = entry.Value is YList { Items.Count: > 0 } items && items.Items.All(IsTable)
                ? items.Items.Select(item => new YEntry(entry.Key, item))
                : [entry];
            return [.. tables.Select(table => ReadListGiven(input, listType, table, what)).OfType<GivenSyntax>()];
        }

        return entry.Value is YList list
            ? list.Items.Select(item => ReadGiven(input, type, item, item.Span, what)).OfType<GivenSyntax>().ToList()
            : ReadGiven(input, type, entry.Value, entry.Span, what) is { } single ? [single] : [];
    }

    private GivenSyntax? ReadGiven(NameSyntax input, TypeSyntax? type, YNode node, Model.Text.SourceSpan span, DiagnosticPhrase what)
    {
        if (node is YScalar { IsNull: false } scalar)
        {
            return GivenValue(scalar, type) is { } plain ? new GivenSyntax(input, plain, null, null, null, span) : null;
        }

        if (Open(node, what, YamlPhrases.ValueOrMapping, "value", "from", "verified_by", "verification", "method") is not { } map)
        {
            return null;
        }

        var valueNode = map.Scalar("value", required: true);
        var value = valueNode is null ? null : GivenValue(valueNode, type);
        return value is null ? null : new GivenSyntax(input, value, null, map.Text("from"), map.Text("verified_by"), span)
        {
            Verification = map.Name("verification"),
            Method = map.Text("method"),
        };
    }

    private GivenSyntax? ReadListGiven(NameSyntax input, ListTypeSyntax type, YEntry entry, DiagnosticPhrase what)
    {
        if (entry.Value is YList records)
        {
            return new GivenSyntax(input, null, ReadRecords(records, type, what), null, null, entry.Span);
        }

        if (Open(entry.Value, what, YamlPhrases.RecordsOrMapping, "records", "columns", "rows", "from", "verified_by", "verification", "method") is not { } map)
        {
            return null;
        }

        var table = map["records"] is { } node
            ? YamlMapping.AsList(_context, node, map.Subject("records")) is { } list ? ReadRecords(list, type, what) : null
            : ReadTable(map, type);
        return table is null ? null : new GivenSyntax(input, null, table, map.Text("from"), map.Text("verified_by"), entry.Span)
        {
            Verification = map.Name("verification"),
            Method = map.Text("method"),
        };
    }

    private static bool IsTable(YNode node) => node is YMap map && (map.Entry("columns") is not null || map.Entry("records") is not null);

    /// <summary>
    /// A value as the DSL reads it: a number with its unit, a date, true or false, or a member name. A quoted
    /// scalar is always text, so <c>"2026-01-01"</c> stays a text and plain <c>2026-01-01</c> is a date; so is a
    /// plain scalar given to an input or field declared as text.
    /// </summary>
    private ExpressionSyntax? GivenValue(YScalar scalar, TypeSyntax? type) =>
        scalar.IsQuoted || type is PrimitiveTypeSyntax { Kind: PrimitiveType.Text }
            ? new StringSyntax(scalar.Value, scalar.Span)
            : YamlExpressions.Parse(_context, scalar);
}
