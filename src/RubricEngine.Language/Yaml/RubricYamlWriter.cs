using RubricEngine.Language.Formatting;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// Writes a rubric in its canonical YAML form, the reverse of the YAML loader: loading what it writes gives an
/// equal rubric. Keys come in a fixed order, optional clauses are left out, and a declaration that holds only
/// its type, formula or condition is written on one line, so generated files are short and diff cleanly.
/// </summary>
public static partial class RubricYamlWriter
{
    /// <summary>The keys after the header, each set off by a blank line.</summary>
    private static readonly HashSet<string> Sections = [.. YamlLoader.TopKeys.Skip(6)];

    /// <summary>The rubric as YAML text, with LF line ends and a final newline.</summary>
    /// <param name="rubric">A bound rubric.</param>
    /// <returns>The YAML document.</returns>
    public static string Write(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var document = new OutMap();
        WriteHeader(document, rubric.Metadata);
        document.Add("outcomes", Section(rubric.Outcomes, o => o.Name, Outcome));
        document.Add("inputs", Section(rubric.Inputs, i => i.Name, Input));
        document.Add("derived", Section(rubric.Derived, d => d.Name, Derived));
        document.Add("criteria", Section(rubric.Criteria, c => c.Name, Criterion));
        document.Add("groups", Section(rubric.Groups, g => g.Name, Group));
        document.Add("score", rubric.Score is { } score
            ? new OutMap().Add("name", score.Name).Add("method", YamlVocabulary.WordFor(YamlVocabulary.ScoreMethods, score.Method))
            : null);
        document.Add("classification", Classification(rubric.Classification));
        document.Add("examples", Section(rubric.Examples, e => e.Name, e => Example(e, rubric)));
        return YamlRenderer.Render(document, Sections);
    }

    private static void WriteHeader(OutMap document, RubricMetadata metadata)
    {
        document.Add("rubric", metadata.Id);
        document.Add("version", metadata.Version.Length == 0 ? null : metadata.Version);
        document.Add("title", Texts(metadata.Title));
        document.Add("description", Texts(metadata.Description));
        document.Add("source", metadata.Source);
        document.Add("citation", metadata.Citation);
    }

    /// <summary>A section keyed by name, in model order; null when empty so the key is left out.</summary>
    private static OutMap? Section<T>(IEnumerable<T> items, Func<T, string> name, Func<T, YamlOut> write)
    {
        var map = new OutMap();
        foreach (var item in items)
        {
            map.Add(name(item), write(item));
        }

        return map.Entries.Count == 0 ? null : map;
    }

    /// <summary>Texts by language, always as a mapping, so adding a language never changes the shape.</summary>
    private static OutMap? Texts(LocalizedText text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        var map = new OutMap();
        foreach (var (language, value) in text.Entries)
        {
            map.Add(language, value);
        }

        return map;
    }

    private static OutScalar Expression(Expr expr) => new(ExprText.Format(expr));

    private static OutScalar Number(decimal value) => new(DslWriter.Number(value));

    private static OutScalar Date(DateOnly value) => new(DslWriter.Date(value));

    /// <summary>A short form when the full mapping would hold nothing but <paramref name="key"/>.</summary>
    private static YamlOut Compact(OutMap full, string key) =>
        full.Entries.Count == 1 && full.Entries[0].Key == key ? full.Entries[0].Value : full;
}
