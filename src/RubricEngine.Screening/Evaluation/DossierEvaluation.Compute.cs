using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>How each kind of declaration is computed, and traced.</summary>
internal sealed partial class DossierEvaluation
{
    private Value? ComputeDerived(int index)
    {
        var derived = Plan.Rubric.Derived[index];
        var value = _evaluator.Evaluate(derived.Expression);
        Record($"derived:{derived.Name}", value is null ? "unknown" : "computed", Display.Value(value, derived.Unit));
        return value;
    }

    private Truth ComputeVerdict(int index)
    {
        var criterion = Plan.Rubric.Criteria[index];
        var rule = $"{(criterion.Kind == CriterionKind.Gate ? "gate" : "criterion")}:{criterion.Name}";
        switch (Applies(index))
        {
            case false:
                Record(rule, "not_applicable", null);
                return Truth.Met; // neutral in "and"; "or" and "any of" skip it (see ExprEvaluator)
            case null:
                Record(rule, Truth.Unknown.ToWord(), "no assessment date for a dated criterion");
                return Truth.Unknown;
        }

        var verdict = ExprEvaluator.ToTruth(_evaluator.Evaluate(criterion.Condition));
        Record(rule, verdict.ToWord(), null);
        return verdict;
    }

    private decimal? ComputeIndicator(int index)
    {
        var indicator = Plan.IndicatorList[index];
        var value = _evaluator.Evaluate(indicator.Score);
        // A boolean indicator scores 1 when met and 0 when not.
        var score = value is TruthValue t ? t.Truth switch { Truth.Met => 1m, Truth.NotMet => 0m, _ => (decimal?)null } : ValueMath.ToNumber(value);
        Record($"indicator:{indicator.Name}", score is null ? "unknown" : "scored", Display.Number(score));
        return score;
    }

    private decimal? ComputeGroup(int index)
    {
        var group = Plan.Rubric.Groups[index];
        var parts = group.Indicators.Select(i => (i.Weight, Score: IndicatorScore(Plan.Indicators[i.Name])));
        var subtotal = WeightedMean(parts);
        Record($"group:{group.Name}", subtotal is null ? "unknown" : "scored", Display.Number(subtotal));
        return subtotal;
    }

    private decimal? ComputeScore()
    {
        var definition = Plan.Rubric.Score;
        if (definition is null)
        {
            return null;
        }

        var parts = Plan.Rubric.Groups.Select(g => (g.Weight, Score: GroupSubtotal(Plan.Groups[g.Name]))).ToList();
        var score = definition.Method == ScoreMethod.WeightedMean ? WeightedMean(parts) : WeightedSum(parts);
        Record($"score:{definition.Name}", score is null ? "unknown" : "scored", Display.Number(score));
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
