using RubricEngine.Authoring.Diff;
using RubricEngine.Explain.Data;

namespace RubricEngine.Authoring.Impact;

/// <summary>
/// The impact report as one self-contained HTML page, rendered by the built-in template
/// <c>templates/impact.LANG.html</c> in the explanations' sandbox, from plain data only.
/// </summary>
public static class ImpactHtml
{
    /// <summary>Renders the report in English or Chinese.</summary>
    /// <exception cref="ArgumentException">The language has no built-in report.</exception>
    public static string Render(ImpactReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (language is not ("en" or "zh"))
        {
            throw new ArgumentException($"No built-in impact report for language '{language}'.", nameof(language));
        }

        var loops = 1_000 + (20 * (report.Edits.Count + report.Transitions.Count + report.Changes.Sum(c => 2 + c.Alone.Count)));
        return PlainPage.RenderHtml($"templates/impact.{language}.html", Data(report, ImpactWords.For(language), ImpactNumbers.Precision(report)), loops);
    }

    private static Dictionary<string, object?> Data(ImpactReport report, ImpactWords words, int precision) => new()
    {
        ["old"] = Version(report.OldPath, report.Old, words),
        ["new"] = Version(report.NewPath, report.New, words),
        ["dossiers"] = report.Dossiers,
        ["changed"] = report.Changes.Count,
        ["edits"] = report.Edits.Select(e => new Dictionary<string, object?>
        {
            ["number"] = e.Number,
            ["summary"] = EditWording.Describe(e, words.Language),
            ["affects_decisions"] = e.AffectsDecisions,
            ["problem"] = report.Variants.FirstOrDefault(v => v.Edit == e)?.Problem,
        }).ToList(),
        ["transitions"] = report.Transitions.Select(t => new Dictionary<string, object?>
        {
            ["from"] = words.Outcome(report.Old, t.From),
            ["to"] = words.Outcome(report.New, t.To),
            ["count"] = t.Count,
            ["changed"] = t.From != t.To,
        }).ToList(),
        ["changes"] = report.Changes.Select(c => new Dictionary<string, object?>
        {
            ["dossier"] = c.DossierId,
            ["location"] = c.Location,
            ["from"] = words.Outcome(report.Old, c.From),
            ["to"] = words.Outcome(report.New, c.To),
            ["old_score"] = ImpactNumbers.Readable(c.OldScore, precision) ?? string.Empty,
            ["new_score"] = ImpactNumbers.Readable(c.NewScore, precision) ?? string.Empty,
            ["only_combined"] = c.OnlyCombined,
            ["causes"] = c.Alone.Where(a => c.Causes.Contains(a.Edit)).Select(a => new Dictionary<string, object?>
            {
                ["edit"] = a.Edit,
                ["summary"] = EditWording.Describe(report.Edits[a.Edit - 1], words.Language),
                ["outcome"] = words.Outcome(report.Old, a.Outcome),
                ["score"] = ImpactNumbers.Readable(a.Score, precision) ?? string.Empty,
            }).ToList(),
        }).ToList(),
    };

    private static Dictionary<string, object?> Version(string path, Model.Rubrics.Rubric rubric, ImpactWords words) => new()
    {
        ["path"] = path,
        ["id"] = rubric.Metadata.Id,
        ["version"] = rubric.Metadata.Version,
        ["title"] = words.Labels.Of(rubric.Metadata.Title, rubric.Metadata.Id),
    };
}
