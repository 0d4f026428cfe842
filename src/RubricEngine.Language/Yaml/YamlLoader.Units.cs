using System.Globalization;
using System.Text.RegularExpressions;
using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// <c>units:</c>, each a definition on its own (<c>tH2: 1000 kgH2</c>) or a mapping with <c>dimension</c> (a new
/// dimension) or <c>equals</c> (a multiple of a known unit), and <c>title</c>.
/// </summary>
internal sealed partial class YamlLoader
{
    private void ReadUnits(YamlMapping top)
    {
        foreach (var (symbol, entry) in Named(top, "units"))
        {
            var what = YamlPhrases.Unit(symbol.Text);
            if (entry.Value is YScalar { IsNull: false } scalar)
            {
                if (Definition(scalar, what) is { } definition)
                {
                    _declarations.Add(new UnitDeclarationSyntax(symbol, null, definition.Multiple, definition.Of, TextsSyntax.None, entry.Span));
                }
            }
            else if (Open(entry.Value, what, YamlPhrases.UnitDefinitionOrMapping, "dimension", "equals", "title") is { } map)
            {
                ReadUnitMapping(symbol, map, what, entry);
            }
        }
    }

    private void ReadUnitMapping(NameSyntax symbol, YamlMapping map, DiagnosticPhrase what, YEntry entry)
    {
        var title = map.Texts("title");
        if (map["dimension"] is not null && map["equals"] is not null)
        {
            _context.Report(DiagnosticCatalog.YamlKeysExclusive, map.Map.Entry("equals")!.Key.Span, YamlPhrases.Capitalized(what), "dimension", "equals");
        }
        else if (map["dimension"] is not null)
        {
            if (map.Name("dimension") is { } dimension)
            {
                _declarations.Add(new UnitDeclarationSyntax(symbol, dimension, null, null, title, entry.Span));
            }
        }
        else if (map.Scalar("equals", required: true) is { } equals && Definition(equals, map.Subject("equals")) is { } definition)
        {
            _declarations.Add(new UnitDeclarationSyntax(symbol, null, definition.Multiple, definition.Of, title, entry.Span));
        }
    }

    /// <summary>A number and a unit, <c>1000 kgH2</c>, each with its own span.</summary>
    private (Spanned<decimal> Multiple, UnitSyntax Of)? Definition(YScalar scalar, DiagnosticPhrase subject)
    {
        var match = NumberAndUnit().Match(scalar.Value);
        if (match.Success && decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            var unit = match.Groups[2];
            return (new Spanned<decimal>(number, scalar.SpanOf(match.Groups[1].Index, match.Groups[1].Length)),
                new UnitSyntax(unit.Value, scalar.SpanOf(unit.Index, unit.Length)));
        }

        _context.Report(DiagnosticCatalog.YamlUnitDefinition, scalar.Span, YamlPhrases.Capitalized(subject), scalar.Value);
        return null;
    }

    [GeneratedRegex(@"^\s*(-?[0-9]+(?:\.[0-9]+)?)\s+(\S+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAndUnit();
}
