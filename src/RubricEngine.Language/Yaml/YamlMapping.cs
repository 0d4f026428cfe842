using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// A mapping read against the keys the YAML form allows there. Unknown keys are reported once, with a
/// suggestion, when the mapping is opened; the typed getters report wrong kinds and bad values.
/// </summary>
internal sealed partial class YamlMapping
{
    private readonly YamlContext _context;

    /// <summary>Keys suggested for misspelt ones: their absence is already explained, so it is not reported again.</summary>
    private readonly HashSet<string> _misspelt = new(StringComparer.Ordinal);

    private YamlMapping(YamlContext context, YMap map, DiagnosticPhrase what)
    {
        _context = context;
        Map = map;
        What = what;
    }

    /// <summary>The mapping read.</summary>
    public YMap Map { get; }

    /// <summary>What the mapping describes, for messages: <c>indicator 'market_needs'</c>.</summary>
    public DiagnosticPhrase What { get; }

    /// <summary>Opens a mapping and reports every key not in <paramref name="keys"/>.</summary>
    public static YamlMapping Open(YamlContext context, YMap map, DiagnosticPhrase what, params string[] keys)
    {
        var mapping = new YamlMapping(context, map, what);
        foreach (var entry in map.Entries)
        {
            if (!keys.Contains(entry.Key.Value, StringComparer.Ordinal))
            {
                var suggestion = NameSuggester.Suggest(entry.Key.Value, keys);
                var hint = DiagnosticPhrases.DidYouMean(suggestion);
                context.Report(DiagnosticCatalog.UnknownYamlKey, entry.Key.Span, entry.Key.Value, what, hint);
                mapping._misspelt.Add(suggestion ?? string.Empty);
            }
        }

        return mapping;
    }

    /// <summary>The value of a key, or null when the key is absent.</summary>
    public YNode? this[string key] => Map.Entry(key)?.Value;

    /// <summary>The message subject for a key: <c>'weight' in indicator 'market_needs'</c>.</summary>
    public DiagnosticPhrase Subject(string key) => YamlPhrases.KeyIn(key, What);

    /// <summary>The value of a key the form requires; reports it when absent.</summary>
    public YNode? Required(string key)
    {
        var value = this[key];
        if (value is null && !_misspelt.Contains(key))
        {
            _context.Report(DiagnosticCatalog.MissingYamlKey, Map.Span, YamlPhrases.Capitalized(What), key);
        }

        return value;
    }

    /// <summary>A non-empty scalar value, or null when absent, empty or of another kind (reported).</summary>
    public YScalar? Scalar(string key, bool required = false) =>
        (required ? Required(key) : this[key]) is { } node ? YamlScalars.NonEmpty(_context, node, Subject(key)) : null;

    /// <summary>A mapping value; an empty value reads as an empty mapping. Null when absent or of another kind.</summary>
    public YMap? Mapping(string key, bool required = false) =>
        (required ? Required(key) : this[key]) is { } node ? AsMap(_context, node, Subject(key)) : null;

    /// <summary>A sequence value; an empty value reads as an empty sequence. Null when absent or of another kind.</summary>
    public YList? Sequence(string key) => this[key] is { } node ? AsList(_context, node, Subject(key)) : null;

    /// <summary>Reads a node as a mapping, an empty scalar as the empty mapping; reports other kinds.</summary>
    public static YMap? AsMap(YamlContext context, YNode node, DiagnosticPhrase subject)
    {
        switch (node)
        {
            case YMap map:
                return map;
            case YScalar { IsNull: true }:
                return new YMap([], node.Span);
            default:
                context.WrongKind(node, subject, YamlPhrases.Mapping);
                return null;
        }
    }

    /// <summary>Reads a node as a sequence, an empty scalar as the empty sequence; reports other kinds.</summary>
    public static YList? AsList(YamlContext context, YNode node, DiagnosticPhrase subject)
    {
        switch (node)
        {
            case YList list:
                return list;
            case YScalar { IsNull: true }:
                return new YList([], node.Span);
            default:
                context.WrongKind(node, subject, YamlPhrases.Sequence);
                return null;
        }
    }
}
