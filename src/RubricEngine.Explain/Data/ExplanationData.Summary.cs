using System.Text.RegularExpressions;
using RubricEngine.Explain.Localization;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain.Data;

/// <summary>
/// The one-sentence summary of a decision, naming what decided it: the gate that failed and on what, the tier
/// met and its deciding criteria (followed down through "any of" to the criterion that was met), or the
/// decisive missing evidence that left a gate or tier undecided. Read from the decision's reason and trace.
/// </summary>
internal sealed partial class ExplanationData
{
    private string Summary()
    {
        var words = labels.Words;
        var outcome = OutcomeTitle(rubric, decision.Outcome, labels);
        if (decision.Reason == "no tier is met")
        {
            var first = rubric.Classification.Tiers.Count > 0 ? rubric.Classification.Tiers[0].Outcome : null;
            return first is null
                ? ReasonText.Localize(decision.Reason, labels, CriterionTitle, o => OutcomeTitle(rubric, o, labels))
                : Format(words.SummaryNoTier, outcome, OutcomeTitle(rubric, first, labels), Conditions(TierStep(first), "not_met"));
        }

        var match = ReasonPattern().Match(decision.Reason);
        var name = match.Groups["name"].Value;
        return (match.Groups["kind"].Value, match.Groups["state"].Value) switch
        {
            ("gate", "not met") => Format(words.SummaryGateNotMet, outcome, CriterionTitle(name), Conditions(Step("gate:" + name), "not_met")),
            ("gate", "unknown") => Format(words.SummaryGateUnknown, outcome, CriterionTitle(name), Gaps()),
            ("tier", "met") => Format(words.SummaryTierMet, outcome, Conditions(TierStep(name), "met")),
            ("tier", "unknown") => Format(words.SummaryTierUnknown, outcome, OutcomeTitle(rubric, name, labels), Gaps()),
            _ => ReasonText.Localize(decision.Reason, labels, CriterionTitle, o => OutcomeTitle(rubric, o, labels)),
        };
    }

    /// <summary>The criteria and gates on the deciding path, listed first among the criteria.</summary>
    private HashSet<string> Decisive => _decisive ??= FindDecisive();

    private HashSet<string> FindDecisive()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var match = ReasonPattern().Match(decision.Reason);
        var name = match.Groups["name"].Value;
        switch (match.Groups["kind"].Value)
        {
            case "gate":
                names.Add(name);
                break;
            case "tier":
                var wanted = match.Groups["state"].Value == "met" ? "met" : "unknown";
                foreach (var condition in TierStep(name)?.Conditions ?? [])
                {
                    if (condition.Result == wanted && rubric.Criterion(condition.Condition) is not null)
                    {
                        AddChain(condition.Condition, wanted, names, depth: 0);
                    }
                }

                break;
        }

        return names;
    }

    private void AddChain(string criterion, string wanted, HashSet<string> names, int depth)
    {
        if (!names.Add(criterion) || depth > 4)
        {
            return;
        }

        foreach (var condition in CriterionStep(criterion)?.Conditions ?? [])
        {
            if (condition.Result == wanted && rubric.Criterion(condition.Condition) is not null)
            {
                AddChain(condition.Condition, wanted, names, depth + 1);
            }
        }
    }

    /// <summary>The step's conditions with the given result, each as its criterion's title (through the one that decided it) or its values.</summary>
    private string Conditions(TraceStep? step, string result)
    {
        var parts = (step?.Conditions ?? []).Where(c => c.Result == result)
            .Where(c => !FoldedReasons().ContainsKey(c.Condition))
            .Select(c => rubric.Criterion(c.Condition) is not null ? Chain(c.Condition, result, 0) : Tested(c))
            .ToList();
        return parts.Count == 0 ? labels.Words.Verdict(result) : string.Join(labels.Words.Separator, parts);
    }

    // A yes/no value as "dnsh_water = false"; a comparison as "total >= 3.5 (total = ≈ 4.3722)".
    private string Tested(TraceCondition condition)
    {
        var values = ScreenerText.Localize(condition.Values, labels.Words, _precision);
        return condition.Values.StartsWith(condition.Condition + " = ", StringComparison.Ordinal) || values.Length == 0
            ? values.Length == 0 ? condition.Condition : values
            : condition.Condition + Format(labels.Words.Parenthesis, values);
    }

    // “Substantial contribution” through “Hydropower route” through “Run-of-river installation”.
    private string Chain(string criterion, string result, int depth)
    {
        var title = $"“{CriterionTitle(criterion)}”";

        // The child criteria with the same result that apply to the dossier: the one route that was met, or every
        // route of this dossier's activity that failed (a failed "any of" fails on all of them).
        var children = depth > 3 ? [] : (CriterionStep(criterion)?.Conditions ?? [])
            .Where(c => c.Result == result && rubric.Criterion(c.Condition) is not null && !FoldedReasons().ContainsKey(c.Condition))
            .Select(c => c.Condition).ToList();
        if (children.Count == 0)
        {
            return title;
        }

        var shown = result == "met" ? children.Take(1) : children;
        return Format(labels.Words.Through, title, string.Join(labels.Words.Separator, shown.Select(c => Chain(c, result, depth + 1))));
    }

    /// <summary>The decisive missing evidence, by title and reason; "more evidence" when no single input could decide.</summary>
    private string Gaps()
    {
        var gaps = decision.Missing.Select(m =>
        {
            var detail = m.Detail is null ? "" : ScreenerText.Localize(m.Detail, labels.Words, _precision);
            var reason = labels.Words.Reason(m.Reason);
            return InputTitle(m.Input) + Format(labels.Words.Parenthesis, detail.Length == 0 ? reason : reason + labels.Words.Colon + detail);
        }).ToList();
        return gaps.Count == 0 ? labels.Words.MoreEvidence : string.Join(labels.Words.Separator, gaps);
    }

    private TraceStep? Step(string rule) => decision.Trace.FirstOrDefault(s => s.Rule == rule);

    private TraceStep? CriterionStep(string name) => Step("criterion:" + name) ?? Step("gate:" + name);

    private TraceStep? TierStep(string outcome) =>
        decision.Trace.FirstOrDefault(s => s.Rule == "tier:" + outcome || s.Rule.StartsWith("tier:" + outcome + "#", StringComparison.Ordinal));

    [GeneratedRegex(@"^(?<kind>gate|tier) '(?<name>[^']+)' is (?<state>not met|met|unknown)", RegexOptions.CultureInvariant)]
    private static partial Regex ReasonPattern();
}
