using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// <c>inputs:</c> each input is a type (<c>capacity: quantity in MW</c>) or a mapping with <c>type</c>,
/// <c>optional</c>, <c>title</c>, <c>on_conflict</c>, <c>requires</c>, and for lists <c>at_least</c> and <c>fields</c>.
/// </summary>
internal sealed partial class YamlLoader
{
    private static readonly string[] InputKeys = ["type", "optional", "title", "on_conflict", "requires", "at_least", "fields"];

    private void ReadInputs(YamlMapping top)
    {
        foreach (var (name, entry) in Named(top, "inputs"))
        {
            var what = YamlPhrases.Input(name.Text);
            var input = entry.Value switch
            {
                YScalar { IsNull: false } scalar => YamlTypes.Read(_context, scalar, YamlPhrases.TypeOf(what), allowList: true) is { } type
                    ? new InputSyntax(name, type, false, TextsSyntax.None, null, null, entry.Span)
                    : null,
                _ => Open(entry.Value, what, YamlPhrases.TypeOrMapping, InputKeys) is { } map ? ReadInput(name, map, entry) : null,
            };
            if (input is not null)
            {
                _declarations.Add(input);
                _context.InputTypes.TryAdd(name.Text, input.Type);
            }
        }
    }

    private InputSyntax? ReadInput(NameSyntax name, YamlMapping map, YEntry entry)
    {
        var type = map.Scalar("type", required: true) is { } scalar ? YamlTypes.Read(_context, scalar, map.Subject("type"), allowList: true) : null;
        var optional = map.Flag("optional")?.Value ?? false;
        var title = map.Texts("title");
        Spanned<int>? minimum = null;
        if (type is ListTypeSyntax list)
        {
            minimum = map.Integer("at_least");
            type = list with { Fields = ReadFields(map) };
        }
        else
        {
            NotApplicable(map, "at_least", YamlPhrases.ListInput);
            NotApplicable(map, "fields", YamlPhrases.ListInput);
        }

        return type is null ? null : WithEvidence(new InputSyntax(name, type, optional, title, null, minimum, entry.Span), map);
    }

    /// <summary><c>fields:</c> each field is a type, or a mapping with <c>type</c> and <c>optional</c>.</summary>
    private ValueArray<FieldSyntax> ReadFields(YamlMapping input)
    {
        var fields = new List<FieldSyntax>();
        foreach (var (name, entry) in Named(input, "fields"))
        {
            var what = YamlPhrases.Field(name.Text, input.What);
            var (typeScalar, optional) = entry.Value switch
            {
                YScalar { IsNull: false } scalar => (scalar, false),
                _ => Open(entry.Value, what, YamlPhrases.TypeOrMapping, "type", "optional") is { } map
                    ? (map.Scalar("type", required: true), map.Flag("optional")?.Value ?? false)
                    : (null, false),
            };
            if (typeScalar is not null && YamlTypes.Read(_context, typeScalar, YamlPhrases.TypeOf(what), allowList: false) is { } type)
            {
                fields.Add(new FieldSyntax(name, type, optional, entry.Span));
            }
        }

        return fields.ToValueArray();
    }

    private void NotApplicable(YamlMapping map, string key, DiagnosticPhrase owner)
    {
        if (map.Map.Entry(key) is { } entry)
        {
            _context.Report(DiagnosticCatalog.YamlKeyNotApplicable, entry.Key.Span, YamlPhrases.Capitalized(map.Subject(key)), owner);
        }
    }
}
