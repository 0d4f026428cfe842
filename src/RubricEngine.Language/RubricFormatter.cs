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
    public static string Format(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var w = new DslWriter();
        var sections = new List<Action>
        {
            () => DeclarationFormatter.Header(w, rubric.Metadata),
        };
        sections.AddRange(rubric.Outcomes.Select(o => (Action)(() => DeclarationFormatter.Outcome(w, o))));
        sections.AddRange(rubric.Inputs.Select(i => (Action)(() => DeclarationFormatter.Input(w, i))));
        sections.AddRange(rubric.Derived.Select(d => (Action)(() => DeclarationFormatter.Derived(w, d))));
        sections.AddRange(rubric.Criteria.Select(c => (Action)(() => DeclarationFormatter.Criterion(w, c))));
        sections.AddRange(rubric.Groups.Select(g => (Action)(() => DeclarationFormatter.Group(w, g))));
        if (rubric.Score is { } score)
        {
            sections.Add(() => DeclarationFormatter.Score(w, score));
        }

        sections.Add(() => DeclarationFormatter.Classification(w, rubric.Classification));
        sections.AddRange(rubric.Examples.Select(e => (Action)(() => ExampleFormatter.Example(w, e, rubric))));
        for (var i = 0; i < sections.Count; i++)
        {
            if (i > 0)
            {
                w.BlankLine();
            }

            sections[i]();
        }

        return w.ToString();
    }
}
