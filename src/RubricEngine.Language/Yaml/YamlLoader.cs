using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// The YAML front end: reads a rubric in its YAML form into the same syntax tree the DSL parser produces, so
/// one binder gives one model whichever form a rubric is written in. It never throws for bad input; every
/// problem becomes a diagnostic at its YAML line and column, and the declarations that did read are kept.
/// </summary>
internal sealed partial class YamlLoader
{
    /// <summary>The top-level keys, in the order the writer emits them.</summary>
    internal static readonly string[] TopKeys =
    [
        "rubric", "version", "title", "description", "source", "citation", "display_precision",
        "outcomes", "units", "inputs", "derived", "criteria", "exclude_from_cohort", "groups", "score", "classification", "classifications", "notes", "examples",
    ];

    private readonly YamlContext _context;
    private readonly List<DeclarationSyntax> _declarations = [];

    private YamlLoader(YamlContext context) => _context = context;

    /// <summary>Reads a YAML rubric; declarations in the syntax tree come header first, then section by section.</summary>
    public static RubricSyntax Load(string path, string text, DiagnosticBag diagnostics)
    {
        var context = new YamlContext(path, text, diagnostics);
        var loader = new YamlLoader(context);
        switch (YamlTreeReader.Read(path, text, diagnostics))
        {
            case YMap map:
                loader.ReadRubric(YamlMapping.Open(context, map, YamlPhrases.Rubric, TopKeys));
                break;
            case { } other:
                context.WrongKind(other, YamlPhrases.Document, YamlPhrases.Mapping);
                break;
        }

        return new RubricSyntax(path, loader._declarations.ToValueArray(), context.Source.Span(0, text.Length));
    }

    private void ReadRubric(YamlMapping top)
    {
        ReadHeader(top);
        ReadOutcomes(top);
        ReadUnits(top);
        ReadInputs(top);
        ReadDerived(top);
        ReadCriteria(top);
        ReadExclusion(top);
        ReadGroups(top);
        ReadScore(top);
        ReadClassification(top);
        ReadClassifications(top);
        ReadNotes(top);
        ReadExamples(top);
    }

    /// <summary>The entries of a section keyed by declaration name; keys that are not valid names are reported and skipped.</summary>
    private IEnumerable<(NameSyntax Name, YEntry Entry)> Named(YamlMapping owner, string section)
    {
        if (owner.Mapping(section) is not { } map)
        {
            yield break;
        }

        foreach (var entry in map.Entries)
        {
            if (YamlScalars.Name(_context, entry.Key) is { } name)
            {
                yield return (name, entry);
            }
        }
    }

    /// <summary>Opens a declaration's mapping, or reports that its value has the wrong kind.</summary>
    private YamlMapping? Open(YNode node, DiagnosticPhrase what, DiagnosticPhrase expected, params string[] keys)
    {
        if (node is YMap map)
        {
            return YamlMapping.Open(_context, map, what, keys);
        }

        _context.WrongKind(node, YamlPhrases.Capitalized(what), expected);
        return null;
    }
}
