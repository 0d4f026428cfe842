using RubricEngine.Language.Formatting;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language;

/// <summary>
/// Writes a rubric as canonical DSL text. Formatting is idempotent, and parsing the output gives a rubric
/// equal to the input: <c>RubricLoader.LoadText(path, Format(rubric)).Value == rubric</c>.
/// </summary>
public static class RubricFormatter
{
    /// <summary>The rubric in canonical DSL: declarations grouped by kind, in model order, two-space indentation.</summary>
    /// <param name="rubric">A rubric, from either front end or built in code.</param>
    /// <returns>The text, with <c>\n</c> line ends and a final newline.</returns>
    public static string Format(Rubric rubric) => Format(rubric, RubricComments.None);

    /// <summary>The rubric in canonical DSL with the comments of its source, each before its declaration.</summary>
    /// <param name="rubric">A rubric, from either front end or built in code.</param>
    /// <param name="comments">The source's comments (<see cref="RubricComments.Read"/>).</param>
    /// <returns>The text, with <c>\n</c> line ends and a final newline.</returns>
    public static string Format(Rubric rubric, RubricComments comments)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(comments);
        var w = new DslWriter();
        var sections = new List<(string Key, Action Write)>
        {
            ("header", () => DeclarationFormatter.Header(w, rubric.Metadata)),
        };
        sections.AddRange(rubric.Outcomes.Select(o => (RubricComments.Key("outcome", o.Name), (Action)(() => DeclarationFormatter.Outcome(w, o)))));
        sections.AddRange(rubric.Units.Select(u => (RubricComments.Key("unit", u.Symbol), (Action)(() => DeclarationFormatter.Unit(w, u)))));
        sections.AddRange(rubric.Inputs.Select(i => (RubricComments.Key("input", i.Name), (Action)(() => DeclarationFormatter.Input(w, i)))));
        sections.AddRange(rubric.Derived.Select(d => (RubricComments.Key("derived", d.Name), (Action)(() => DeclarationFormatter.Derived(w, d)))));
        sections.AddRange(rubric.Criteria.Select(c => (RubricComments.Key("criterion", c.Name), (Action)(() => DeclarationFormatter.Criterion(w, c)))));
        if (rubric.CohortExclusion is { } exclusion)
        {
            sections.Add(("exclusion", () => DeclarationFormatter.Exclusion(w, exclusion)));
        }

        sections.AddRange(rubric.Groups.Select(g => (RubricComments.Key("group", g.Name), (Action)(() => DeclarationFormatter.Group(w, g)))));
        if (rubric.Score is { } score)
        {
            sections.Add(("score", () => DecisionFormatter.Score(w, score)));
        }

        sections.AddRange(rubric.Classifications.Select(c => (
            c.Name is null ? "classification" : RubricComments.Key("classification", c.Name), (Action)(() => DecisionFormatter.Classification(w, c)))));
        sections.AddRange(rubric.Notes.Select(n => (RubricComments.Key("note", n.Name), (Action)(() => DecisionFormatter.Note(w, n)))));
        sections.AddRange(rubric.Examples.Select(e => (RubricComments.Key("example", e.Name), (Action)(() => ExampleFormatter.Example(w, e, rubric)))));
        for (var i = 0; i < sections.Count; i++)
        {
            if (i > 0)
            {
                w.BlankLine();
            }

            Comments(w, comments.For(sections[i].Key));
            sections[i].Write();
        }

        if (comments.For(RubricComments.EndKey) is { Count: > 0 } end)
        {
            w.BlankLine();
            Comments(w, end);
        }

        return w.ToString();
    }

    private static void Comments(DslWriter w, IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            w.Line(0, "#" + line);
        }
    }
}
