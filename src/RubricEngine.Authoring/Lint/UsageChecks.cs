using RubricEngine.Authoring.Diff;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Authoring.Lint;

/// <summary>Inputs only shown in explanations, and weighted sums whose group weights do not sum to 1.</summary>
internal static partial class UsageChecks
{
    public static void Run(Rubric rubric, List<Diagnostic> findings)
    {
        // An input neither read nor shown is the checker's warning (RUB0215); one only shown in explanations is ours.
        var read = rubric.AllExpressions().SelectMany(ExprShape.Names).ToHashSet(StringComparer.Ordinal);
        var shown = rubric.Criteria.SelectMany(c => c.Explanation.Entries).SelectMany(e => Placeholder().Matches(e.Value)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var input in rubric.Inputs.Where(i => !read.Contains(i.Name) && shown.Contains(i.Name)))
        {
            findings.Add(RubricLinter.Finding(DiagnosticCatalog.InputUnused, input.Span, input.Name));
        }

        if (rubric.Score is { Method: ScoreMethod.WeightedSum } score && rubric.Groups.Sum(g => g.Weight) is var total && total != 1m)
        {
            findings.Add(RubricLinter.Finding(DiagnosticCatalog.WeightsDoNotSum, score.Span, score.Name, Model.Values.ValueText.Plain(total)));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Placeholder();
}
