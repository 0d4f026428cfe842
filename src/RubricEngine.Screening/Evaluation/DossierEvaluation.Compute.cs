using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// How each kind of declaration is computed. <c>Calculate*</c> is the pure computation, shared with the rule
/// actions; <c>Compute*</c> adds the memo and the trace step for the direct engine.
/// </summary>
internal sealed partial class DossierEvaluation
{
    public static string RuleName(Criterion criterion) => $"{(criterion.Kind == CriterionKind.Gate ? "gate" : "criterion")}:{criterion.Name}";

    public Value? CalculateDerived(int index) => _evaluator.Evaluate(Plan.Rubric.Derived[index].Expression);

    /// <summary>The verdict, and the word for the trace (not_applicable included).</summary>
    public (Truth Verdict, string Word) CalculateVerdict(int index) => Applies(index) switch
    {
        false => (Truth.Met, "not_applicable"), // neutral in "and"; "or" and "any of" skip it (see ExprEvaluator)
        null => (Truth.Unknown, Truth.Unknown.ToWord()),
        _ => ExprEvaluator.ToTruth(_evaluator.Evaluate(Plan.Rubric.Criteria[index].Condition)) is var t ? (t, t.ToWord()) : default,
    };

    public decimal? CalculateIndicator(int index)
    {
        var value = _evaluator.Evaluate(Plan.IndicatorList[index].Score);
        // A boolean indicator scores 1 when met and 0 when not.
        return value is TruthValue t ? t.Truth switch { Truth.Met => 1m, Truth.NotMet => 0m, _ => null } : ValueMath.ToNumber(value);
    }

    /// <summary>
    /// The weighted mean of the group's indicators, as <see cref="WeightedMean"/> computes it, in a loop: it
    /// runs once per dossier and again for the decision. Indicators are read in order and the first unknown
    /// one stops the loop, so the direct engine's trace records the same steps in the same order.
    /// </summary>
    public decimal? CalculateGroup(int index)
    {
        decimal sum = 0, weights = 0;
        foreach (var indicator in Plan.Rubric.Groups[index].Indicators)
        {
            if (IndicatorScore(Plan.Indicators[indicator.Name]) is not { } score)
            {
                return null;
            }

            sum += indicator.Weight * score;
            weights += indicator.Weight;
        }

        return weights == 0 ? null : sum / weights;
    }

    public decimal? CalculateScore()
    {
        // Every subtotal first, in order (the direct engine's trace follows it), then the combination.
        var groups = Plan.Rubric.Groups;
        var parts = new (decimal Weight, decimal? Score)[groups.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = (groups[i].Weight, GroupSubtotal(i));
        }

        return Plan.Rubric.Score?.Method == ScoreMethod.WeightedSum ? WeightedSum(parts) : WeightedMean(parts);
    }

    private Value? ComputeDerived(int index)
    {
        var derived = Plan.Rubric.Derived[index];
        EnsureComputable($"derived value '{derived.Name}'");
        var mark = ConditionMark;
        var value = CalculateDerived(index);
        Record($"derived:{derived.Name}", value is null ? "unknown" : "computed", Display.Value(value, derived.Unit), mark);
        return value;
    }

    private Truth ComputeVerdict(int index)
    {
        var criterion = Plan.Rubric.Criteria[index];
        EnsureComputable($"criterion '{criterion.Name}'");
        var mark = ConditionMark;
        var (verdict, word) = CalculateVerdict(index);
        Record(RuleName(criterion), word, Applies(index) is null ? "no assessment date for a dated criterion" : null, mark);
        return verdict;
    }

    private decimal? ComputeIndicator(int index)
    {
        var indicator = Plan.IndicatorList[index];
        EnsureComputable($"indicator '{indicator.Name}'");
        var mark = ConditionMark;
        var score = CalculateIndicator(index);
        Record($"indicator:{indicator.Name}", score is null ? "unknown" : "scored", Display.Number(score), mark);
        return score;
    }

    private decimal? ComputeGroup(int index)
    {
        var group = Plan.Rubric.Groups[index];
        EnsureComputable($"group '{group.Name}'");
        var mark = ConditionMark;
        var subtotal = CalculateGroup(index);
        Record($"group:{group.Name}", subtotal is null ? "unknown" : "scored", Display.Number(subtotal), mark);
        return subtotal;
    }

    private decimal? ComputeScore()
    {
        var definition = Plan.Rubric.Score;
        if (definition is null)
        {
            return null;
        }

        EnsureComputable("the score");
        var mark = ConditionMark;
        var score = CalculateScore();
        Record($"score:{definition.Name}", score is null ? "unknown" : "scored", Display.Number(score), mark);
        return score;
    }

    /// <summary>Sum of weight × score over sum of weights, in decimal; unknown if any part is unknown.</summary>
    internal static decimal? WeightedMean(IEnumerable<(decimal Weight, decimal? Score)> parts)
    {
        decimal sum = 0, weights = 0;
        foreach (var (weight, score) in parts)
        {
            if (score is null)
            {
                return null;
            }

            sum += weight * score.Value;
            weights += weight;
        }

        return weights == 0 ? null : sum / weights;
    }

    private static decimal? WeightedSum(IEnumerable<(decimal Weight, decimal? Score)> parts)
    {
        decimal sum = 0;
        foreach (var (weight, score) in parts)
        {
            if (score is null)
            {
                return null;
            }

            sum += weight * score.Value;
        }

        return sum;
    }
}
