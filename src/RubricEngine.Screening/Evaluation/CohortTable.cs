using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// Cohort aggregations over a whole batch, computed in a first pass before any dossier is decided.
/// A dossier whose subject is unknown is left out of the cohort's sums and counts, and its own share,
/// rank and percentile are unknown.
/// </summary>
internal sealed class CohortTable : ICohortValues
{
    private readonly RubricPlan _plan;
    private readonly Value?[][] _values; // [node][position]

    public CohortTable(RubricPlan plan, IReadOnlyList<Dossier> cohort)
    {
        _plan = plan;
        var subjects = new (decimal Value, bool Known)[plan.CohortNodes.Count][];
        var units = new Unit?[plan.CohortNodes.Count];
        for (var n = 0; n < plan.CohortNodes.Count; n++)
        {
            subjects[n] = new (decimal, bool)[cohort.Count];
        }

        for (var p = 0; p < cohort.Count; p++)
        {
            var evaluation = new DossierEvaluation(plan, cohort[p], cohort: null, p, recordTrace: false);
            for (var n = 0; n < plan.CohortNodes.Count; n++)
            {
                subjects[n][p] = Subject(evaluation.Evaluate(plan.CohortNodes[n].Subject), ref units[n]);
            }
        }

        _values = [.. plan.CohortNodes.Select((node, n) => Compute(node, subjects[n], units[n]))];
    }

    public Value? Value(CohortExpr node, int position) => _values[_plan.CohortIndex[node]][position];

    private static (decimal, bool) Subject(Value? value, ref Unit? unit)
    {
        if (value is QuantityValue q && !q.Quantity.Dimension.IsNone)
        {
            unit ??= q.Quantity.Unit;
            return (q.Quantity.ConvertTo(unit).Value, true);
        }

        return ValueMath.ToNumber(value) is { } number ? (number, true) : (0, false);
    }

    private static Value?[] Compute(CohortExpr node, (decimal Value, bool Known)[] subjects, Unit? unit)
    {
        var known = subjects.Where(s => s.Known).Select(s => s.Value).Order().ToArray();
        decimal sum = 0;
        foreach (var v in known)
        {
            sum += v;
        }

        Value? Amount(decimal v) => unit is null ? new NumberValue(v) : new QuantityValue(new Quantity(v, unit));
        var result = new Value?[subjects.Length];
        for (var p = 0; p < subjects.Length; p++)
        {
            var (own, isKnown) = subjects[p];
            result[p] = node.Function switch
            {
                CohortFunction.Sum => Amount(sum),
                CohortFunction.Mean => known.Length == 0 ? null : Amount(sum / known.Length),
                _ when !isKnown => null,
                CohortFunction.Share => sum == 0 ? null : new NumberValue(own / sum),
                CohortFunction.Rank => new NumberValue(1 + Greater(known, own)),
                CohortFunction.TopN => ExprEvaluator.FromTruth(Kleene.From(1 + Greater(known, own) <= (node.Parameter ?? 0))),
                CohortFunction.Percentile => new NumberValue((decimal)Less(known, own) / known.Length),
                _ => null,
            };
        }

        return result;
    }

    /// <summary>How many sorted values are strictly greater (binary search, so ranking a large cohort stays n log n).</summary>
    private static int Greater(decimal[] sorted, decimal value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid] <= value) { low = mid + 1; } else { high = mid; }
        }

        return sorted.Length - low;
    }

    private static int Less(decimal[] sorted, decimal value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid] < value) { low = mid + 1; } else { high = mid; }
        }

        return low;
    }
}
