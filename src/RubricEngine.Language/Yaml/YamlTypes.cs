using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// Types written as the DSL writes them, in one scalar: <c>decimal</c>, <c>quantity in gCO2e/kWh</c>,
/// <c>one of solar_pv, wind</c>, <c>list of records</c>. One scalar reads aloud and diffs as one line.
/// </summary>
internal static class YamlTypes
{
    private const string QuantityPrefix = "quantity in ";
    private const string EnumPrefix = "one of ";
    internal const string ListType = "list of records";

    private static readonly Dictionary<string, PrimitiveType> Primitives = new(StringComparer.Ordinal)
    {
        ["decimal"] = PrimitiveType.Decimal,
        ["integer"] = PrimitiveType.Integer,
        ["boolean"] = PrimitiveType.Boolean,
        ["text"] = PrimitiveType.Text,
        ["date"] = PrimitiveType.Date,
    };

    private static readonly string[] Examples = [.. Primitives.Keys, "quantity in", "one of", ListType];

    /// <summary>The type in a scalar, or null (reported). A list type is refused where lists cannot nest.</summary>
    public static TypeSyntax? Read(YamlContext context, YScalar scalar, DiagnosticPhrase subject, bool allowList)
    {
        var text = scalar.Value;
        var start = text.Length - text.TrimStart().Length;
        var trimmed = text.Trim();
        if (Primitives.TryGetValue(trimmed, out var primitive))
        {
            return new PrimitiveTypeSyntax(primitive, scalar.Span);
        }

        if (YamlRanges.Read(scalar) is { } ranged)
        {
            return ranged;
        }

        if (trimmed.StartsWith(QuantityPrefix, StringComparison.Ordinal) && trimmed.Length > QuantityPrefix.Length)
        {
            var unit = trimmed[QuantityPrefix.Length..].TrimStart();
            return new QuantityTypeSyntax(new UnitSyntax(unit, scalar.SpanOf(start + trimmed.Length - unit.Length, unit.Length)), scalar.Span);
        }

        if (trimmed.StartsWith(EnumPrefix, StringComparison.Ordinal))
        {
            return ReadMembers(context, scalar, start + EnumPrefix.Length);
        }

        if (trimmed == ListType && allowList)
        {
            return new ListTypeSyntax([], scalar.Span);
        }

        var expected = allowList ? YamlPhrases.TypeAmong(Examples) : YamlPhrases.FieldType;
        var hint = trimmed == ListType ? DiagnosticPhrases.None : YamlContext.DidYouMean(trimmed, Examples);
        context.Report(DiagnosticCatalog.InvalidYamlValue, scalar.Span, YamlPhrases.Capitalized(subject), expected, text, hint);
        return null;
    }

    /// <summary>Comma-separated members, each checked as a name and given its own span.</summary>
    private static EnumTypeSyntax? ReadMembers(YamlContext context, YScalar scalar, int offset)
    {
        var members = new List<NameSyntax>();
        var ok = true;
        foreach (var part in scalar.Value[offset..].Split(','))
        {
            var word = part.Trim();
            var at = offset + part.IndexOf(word, StringComparison.Ordinal);
            var member = YamlScalars.Name(context, scalar with { Value = word, Span = scalar.SpanOf(at, word.Length) });
            ok &= member is not null;
            if (member is not null)
            {
                members.Add(member);
            }

            offset += part.Length + 1;
        }

        return ok ? new EnumTypeSyntax(members.ToValueArray(), scalar.Span) : null;
    }
}
