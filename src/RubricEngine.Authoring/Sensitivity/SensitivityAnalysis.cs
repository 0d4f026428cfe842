using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;
using RubricEngine.Screening;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Authoring.Sensitivity;

/// <summary>
/// How far a dossier's decision is from changing: the margin of every comparison with a constant, and for a scored
/// rubric the smallest change of one indicator's score that changes the outcome (found from the score's linear
/// dependence on the indicator at each threshold on the score or a subtotal, then confirmed by screening the dossier
/// with that indicator's score fixed at the new value), and the outcome with each weight changed by a stated
/// percentage (screened). Single dossiers only: a cohort rubric's figures depend on the cohort.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>The smallest step past a strict bound that is still checked: far below any score's meaningful precision.</summary>
    private const decimal Epsilon = 0.000000001m;

    /// <summary>Analyses one decision of <paramref name="rubric"/> for <paramref name="dossier"/>.</summary>
    public static SensitivityReport Analyse(Rubric rubric, Dossier dossier, Decision decision, decimal weightStepPercent = 10m)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(decision);
        var margins = MarginFinder.Find(rubric, decision);
        var scored = decision.Score?.Value is not null && !rubric.IsCohortRubric;
        var indicators = scored ? Indicators(rubric, dossier, decision) : [];
        var weights = scored ? Weights(rubric, dossier, decision, weightStepPercent) : [];
        return new SensitivityReport(decision.DossierId, decision.Outcome, margins, indicators, weights, weightStepPercent);
    }

    private static List<IndicatorSensitivity> Indicators(Rubric rubric, Dossier dossier, Decision decision)
    {
        var result = new List<IndicatorSensitivity>();
        var score = decision.Score!;
        var groupWeights = rubric.Groups.Sum(g => g.Weight);
        foreach (var group in rubric.Groups)
        {
            var groupResult = score.Groups.First(g => g.Name == group.Name);
            var indicatorWeights = group.Indicators.Sum(i => i.Weight);
            foreach (var indicator in group.Indicators)
            {
                var current = groupResult.Indicators.First(i => i.Name == indicator.Name).Score;
                if (current is not { } s || groupResult.Subtotal is not { } subtotal)
                {
                    result.Add(new IndicatorSensitivity(indicator.Name, current, null, null));
                    continue;
                }

                // The subtotal moves by w/sum(w) per point of the indicator; the total by the group's share of that.
                var perPointOfSubtotal = indicator.Weight / indicatorWeights;
                var perPointOfTotal = perPointOfSubtotal * (rubric.Score!.Method == ScoreMethod.WeightedMean ? group.Weight / groupWeights : group.Weight);
                var candidates = Thresholds(rubric, SymbolKind.Score, rubric.Score.Name).Select(c => (c - score.Value!.Value) / perPointOfTotal)
                    .Concat(Thresholds(rubric, SymbolKind.Group, group.Name).Select(c => (c - subtotal) / perPointOfSubtotal))
                    .Distinct().ToList();
                ScoreChange? Smallest(int sign) => candidates.Where(d => Math.Sign(d) == sign || (d == 0 && sign != 0))
                    .OrderBy(Math.Abs)
                    .Select(d => Confirm(rubric, dossier, decision.Outcome, indicator, s, d, sign))
                    .FirstOrDefault(c => c is not null);
                result.Add(new IndicatorSensitivity(indicator.Name, s, Smallest(1), Smallest(-1)));
            }
        }

        return result;
    }

    /// <summary>Screens with the indicator's score at the boundary, then just past it; the change that changes the outcome, or null.</summary>
    private static ScoreChange? Confirm(Rubric rubric, Dossier dossier, string outcome, Indicator indicator, decimal score, decimal delta, int sign)
    {
        var atBoundary = OutcomeWith(rubric, dossier, indicator, score + delta);
        if (atBoundary != outcome)
        {
            return new ScoreChange(Math.Abs(delta), atBoundary, Beyond: false);
        }

        var beyond = OutcomeWith(rubric, dossier, indicator, score + delta + (sign * Epsilon));
        return beyond != outcome ? new ScoreChange(Math.Abs(delta), beyond, Beyond: true) : null;
    }

    private static string OutcomeWith(Rubric rubric, Dossier dossier, Indicator indicator, decimal score)
    {
        var fixedScore = new LiteralExpr(new NumberValue(score), indicator.Score.Type, indicator.Score.Span);
        var variant = rubric with
        {
            Groups = rubric.Groups.Select(g => g with
            {
                Indicators = g.Indicators.Select(i => i.Name == indicator.Name ? i with { Score = fixedScore } : i).ToValueArray(),
            }).ToValueArray(),
        };
        return Screener.Create(variant).Screen(dossier).Outcome;
    }

    private static List<WeightSensitivity> Weights(Rubric rubric, Dossier dossier, Decision decision, decimal percent)
    {
        var result = new List<WeightSensitivity>();
        foreach (var factor in new[] { 1 + (percent / 100), 1 - (percent / 100) })
        {
            foreach (var group in rubric.Groups)
            {
                var changed = rubric with { Groups = rubric.Groups.Select(g => g.Name == group.Name ? g with { Weight = g.Weight * factor } : g).ToValueArray() };
                result.Add(Screened("group", group.Name, group.Weight, group.Weight * factor, changed, dossier));
                foreach (var indicator in group.Indicators)
                {
                    var variant = rubric with
                    {
                        Groups = rubric.Groups.Select(g => g with
                        {
                            Indicators = g.Indicators.Select(i => i.Name == indicator.Name ? i with { Weight = i.Weight * factor } : i).ToValueArray(),
                        }).ToValueArray(),
                    };
                    result.Add(Screened("indicator", indicator.Name, indicator.Weight, indicator.Weight * factor, variant, dossier));
                }
            }
        }

        _ = decision;
        return result;
    }

    private static WeightSensitivity Screened(string element, string name, decimal weight, decimal newWeight, Rubric variant, Dossier dossier)
    {
        var decision = Screener.Create(variant).Screen(dossier);
        return new WeightSensitivity(element, name, weight, newWeight, decision.Outcome, decision.Score?.Value);
    }

    /// <summary>The constants a tier compares the score or a group's subtotal with.</summary>
    private static IEnumerable<decimal> Thresholds(Rubric rubric, SymbolKind kind, string name) =>
        rubric.Classification.Tiers.SelectMany(t => ExprWalker.Descendants(t.Condition)).OfType<BinaryExpr>()
            .SelectMany(b => (b.Left, b.Right) switch
            {
                (ReferenceExpr r, LiteralExpr { Value: NumberValue n }) when r.Kind == kind && r.Name == name => [n.Number],
                (LiteralExpr { Value: NumberValue n }, ReferenceExpr r) when r.Kind == kind && r.Name == name => [n.Number],
                _ => Array.Empty<decimal>(),
            });
}
