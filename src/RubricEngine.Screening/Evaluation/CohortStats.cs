using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// The cohort's known subject values of one aggregation, sorted, with their sum. A dossier whose subject is
/// unknown is left out of the cohort's sums and counts, and its own share, rank and percentile are unknown.
/// Quantities are summed in the unit whose symbol sorts first (ordinal), so the result does not depend on
/// the order of the dossiers.
/// </summary>
internal sealed class CohortStats
{
    private readonly decimal[] _sorted;
    private readonly decimal _sum;
    private readonly Unit? _unit;

    public CohortStats(IEnumerable<Value?> subjects)
    {
        var all = subjects.ToList();
        var unit = all.OfType<QuantityValue>().Where(q => !q.Quantity.Dimension.IsNone)
            .Select(q => q.Quantity.Unit).MinBy(u => u.Symbol, StringComparer.Ordinal);
        var known = new List<decimal>();
        foreach (var subject in all)
        {
            if (Numeric(subject, ref unit) is { } number)
            {
                known.Add(number);
            }
        }

        known.Sort();
        _sorted = [.. known];
        _unit = unit;
        foreach (var v in _sorted)
        {
            _sum += v;
        }
    }

    public int Count => _sorted.Length;

    /// <summary>The aggregation's value for a dossier with the given subject value.</summary>
    public Value? ValueFor(CohortExpr node, Value? ownSubject)
    {
        var unit = _unit;
        var own = Numeric(ownSubject, ref unit);
        Value? Amount(decimal v) => _unit is null ? new NumberValue(v) : new QuantityValue(new Quantity(v, _unit));
        return node.Function switch
        {
            CohortFunction.Sum => Amount(_sum),
            CohortFunction.Mean => Count == 0 ? null : Amount(_sum / Count),
            _ when own is null => null,
            CohortFunction.Share => _sum == 0 ? null : new NumberValue(own.Value / _sum),
            CohortFunction.Rank => new NumberValue(1 + Greater(own.Value)),
            CohortFunction.TopN => ExprEvaluator.FromTruth(Kleene.From(1 + Greater(own.Value) <= (node.Parameter ?? 0))),
            CohortFunction.Percentile => Count == 0 ? null : new NumberValue((decimal)Less(own.Value) / Count),
            _ => null,
        };
    }

    private static decimal? Numeric(Value? value, ref Unit? unit)
    {
        if (value is QuantityValue q && !q.Quantity.Dimension.IsNone)
        {
            unit ??= q.Quantity.Unit;
            return q.Quantity.Unit.IsCompatibleWith(unit) ? q.Quantity.ConvertTo(unit).Value : null;
        }

        return ValueMath.ToNumber(value);
    }

    /// <summary>How many values are strictly greater (binary search, so ranking a large cohort stays n log n).</summary>
    private int Greater(decimal value)
    {
        int low = 0, high = _sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_sorted[mid] <= value) { low = mid + 1; } else { high = mid; }
        }

        return _sorted.Length - low;
    }

    private int Less(decimal value)
    {
        int low = 0, high = _sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_sorted[mid] < value) { low = mid + 1; } else { high = mid; }
        }

        return low;
    }
}
