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
    private static readonly HashSet<string> Sections = [.. YamlLoader.TopKeys.Skip(7)];

    /// <summary>The rubric as YAML text, with LF line ends and a final newline.</summary>
    /// <param name="rubric">A bound rubric.</param>
    /// <returns>The YAML document.</returns>
    public static string Write(Rubric rubric) => Write(rubric, RubricComments.None);

    /// <summary>The rubric as YAML text with the comments of its source, each before its declaration's key.</summary>
    /// <param name="rubric">A bound rubric.</param>
    /// <param name="comments">The source's comments (<see cref="RubricComments.Read"/>).</param>
    /// <returns>The YAML document.</returns>
    public static string Write(Rubric rubric, RubricComments comments)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(comments);
        var document = new OutMap();
        WriteHeader(document, rubric.Metadata);
        document.Add("outcomes", Commented(Section(rubric.Outcomes, o => o.Name, Outcome), comments, "outcome"));
        document.Add("units", Commented(Section(rubric.Units, u => u.Symbol, Unit), comments, "unit"));
        document.Add("inputs", Commented(Section(rubric.Inputs, i => i.Name, Input), comments, "input"));
        document.Add("derived", Commented(Section(rubric.Derived, d => d.Name, Derived), comments, "derived"));
        document.Add("criteria", Commented(Section(rubric.Criteria, c => c.Name, Criterion), comments, "criterion"));
        document.Add("exclude_from_cohort", rubric.CohortExclusion is { } exclusion ? Exclusion(exclusion) : null);
        document.Add("groups", Commented(Section(rubric.Groups, g => g.Name, Group), comments, "group"));
        document.Add("score", rubric.Score is { } score ? Score(score) : null);
        document.Add("classification", rubric.HasNamedClassifications ? null : Classification(rubric.Classification));
        document.Add("classifications", Commented(
            rubric.HasNamedClassifications ? Section(rubric.Classifications, c => c.Name!, Classification) : null, comments, "classification"));
        document.Add("notes", Commented(Section(rubric.Notes, n => n.Name, Note), comments, "note"));
        document.Add("examples", Commented(Section(rubric.Examples, e => e.Name, e => Example(e, rubric)), comments, "example"));
        foreach (var (key, declaration) in new[] { ("rubric", "header"), ("exclude_from_cohort", "exclusion"), ("score", "score"), ("classification", "classification"), (string.Empty, RubricComments.EndKey) })
        {
            if (comments.For(declaration) is { Count: > 0 } lines)
            {
                document.Comments[key] = lines;
            }
        }

        return YamlRenderer.Render(document, Sections);
    }

    /// <summary>Puts each declaration's comments before its key in a section.</summary>
    private static OutMap? Commented(OutMap? section, RubricComments comments, string kind)
    {
        foreach (var (name, _) in section?.Entries ?? [])
        {
            if (comments.For(RubricComments.Key(kind, name)) is { Count: > 0 } lines)
            {
                section!.Comments[name] = lines;
            }
        }

        return section;
    }

    private static void WriteHeader(OutMap document, RubricMetadata metadata)
    {
        document.Add("rubric", metadata.Id);
        document.Add("version", metadata.Version.Length == 0 ? null : metadata.Version);
        document.Add("title", Texts(metadata.Title));
        document.Add("description", Texts(metadata.Description));
        document.Add("source", metadata.Source);
        document.Add("citation", metadata.Citation);
        document.Add("display_precision", metadata.DisplayPrecision is { } places ? Number(places) : null);
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
