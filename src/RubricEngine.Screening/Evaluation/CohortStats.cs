using System.Globalization;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Graph;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// The cohort's known subject values of one aggregation, sorted once (n log n), with their sum. A dossier
/// whose subject is unknown is left out of the cohort's sums and counts, and its own share, rank and
/// percentile are unknown. Quantities are summed in the unit whose symbol sorts first (ordinal), so the
/// result does not depend on the order of the dossiers. A sum beyond decimal's range makes the sum, the
/// mean and the shares unknown with the reason <c>overflow</c>; ranks and percentiles stay known.
/// </summary>
internal sealed class CohortStats
{
    private readonly decimal[] _sorted;
    private readonly decimal? _sum;
    private readonly Unit? _unit;

    // Only for a member's value ("sales of \"Shanghai\""): each dossier's subject by id; first id wins.
    private readonly Dictionary<string, Value?>? _byId;

    public CohortStats(IReadOnlyList<Value?> subjects, IReadOnlyList<string>? ids = null)
    {
        if (ids is not null)
        {
            _byId = new Dictionary<string, Value?>(StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                _byId.TryAdd(ids[i], subjects[i]);
            }
        }

        Unit? unit = null;
        foreach (var subject in subjects)
        {
            if (subject is QuantityValue q && !q.Quantity.Dimension.IsNone
                && (unit is null || string.CompareOrdinal(q.Quantity.Unit.Symbol, unit.Symbol) < 0))
            {
                unit = q.Quantity.Unit;
            }
        }

        var known = new List<decimal>(subjects.Count);
        foreach (var subject in subjects)
        {
            try
            {
                if (Numeric(subject, ref unit) is { } number)
                {
                    known.Add(number);
                }
            }
            catch (OverflowException)
            {
                // a subject beyond decimal's range in the cohort's unit is left out, like an unknown one
            }
        }

        known.Sort();
        _sorted = [.. known];
        _unit = unit;
        _sum = Sum(_sorted);
    }

    public int Count => _sorted.Length;

    /// <summary>The aggregation's value for a dossier with the given subject value; <paramref name="failure"/> says why it is unknown, when known.</summary>
    public Value? ValueFor(CohortExpr node, Value? ownSubject, out string? failure)
    {
        failure = null;
        var unit = _unit;
        decimal? own;
        try
        {
            own = Numeric(ownSubject, ref unit);
        }
        catch (OverflowException)
        {
            failure = UnknownReasons.Overflow;
            return null;
        }

        switch (node.Function)
        {
            case CohortFunction.Sum:
                return _sum is { } sum ? Amount(sum) : Fail(UnknownReasons.Overflow, out failure);
            case CohortFunction.Mean:
                return Count == 0 ? null : _sum is { } total ? Amount(total / Count) : Fail(UnknownReasons.Overflow, out failure);
            case CohortFunction.Min:
                return Count == 0 ? null : Amount(_sorted[0]);
            case CohortFunction.Max:
                return Count == 0 ? null : Amount(_sorted[^1]);
            case CohortFunction.Median:
                return Count == 0 ? null : Amount(Count % 2 == 1 ? _sorted[Count / 2] : (_sorted[(Count / 2) - 1] + _sorted[Count / 2]) / 2);
            case CohortFunction.Quantile:
                return Count == 0 ? null : Amount(_sorted[NearestRank(node.Parameter ?? 0) - 1]);
            case CohortFunction.TopSum:
                return TopSum((int)(node.Parameter ?? 1)) is { } top ? Amount(top) : Fail(UnknownReasons.Overflow, out failure);
            case CohortFunction.TopShare:
                return TopSum((int)(node.Parameter ?? 1)) is not { } part || _sum is not { } all ? Fail(UnknownReasons.Overflow, out failure)
                    : all == 0 ? Fail(UnknownReasons.DivisionByZero, out failure)
                    : Divide(part, all, out failure);
            case CohortFunction.Member:
                if (_byId is null || !_byId.TryGetValue(node.Member ?? string.Empty, out var member))
                {
                    return Fail($"no member '{node.Member}' in the cohort", out failure);
                }

                return member;
            case var _ when own is null:
                return null;
            case CohortFunction.Share:
                return _sum is not { } whole ? Fail(UnknownReasons.Overflow, out failure)
                    : whole == 0 ? Fail(UnknownReasons.DivisionByZero, out failure)
                    : Divide(own.Value, whole, out failure);
            case CohortFunction.Rank:
                return new NumberValue(1 + Greater(own.Value));
            case CohortFunction.TopN:
                return Truths.Of(Kleene.From(1 + Greater(own.Value) <= (node.Parameter ?? 0)));
            case CohortFunction.Percentile:
                return Count == 0 ? null : new NumberValue((decimal)Less(own.Value) / Count);
            default:
                return null;
        }
    }

    /// <summary>
    /// The figures behind an aggregation's value, for the trace: how many members, and what the value was taken
    /// against (the total for a share or a mean, the rank and the N-th largest value for a top-N, the count below for
    /// a percentile, the nearest rank for a cohort percentile). A member's value by id has none.
    /// </summary>
    public ValueArray<CohortFigure> Figures(CohortExpr node, Value? ownSubject)
    {
        if (node.Function == CohortFunction.Member)
        {
            return [];
        }

        var figures = new List<CohortFigure> { new("members", Count.ToString(CultureInfo.InvariantCulture)) };
        void Add(string name, decimal? amount)
        {
            if (amount is { } a)
            {
                figures.Add(new CohortFigure(name, Display.Value(Amount(a)) ?? string.Empty));
            }
        }

        var unit = _unit;
        decimal? own;
        try
        {
            own = Numeric(ownSubject, ref unit);
        }
        catch (OverflowException)
        {
            own = null;
        }

        var n = (int)(node.Parameter ?? 1);
        switch (node.Function)
        {
            case CohortFunction.Mean or CohortFunction.Share:
                Add("total", _sum);
                break;
            case CohortFunction.TopShare:
                Add("top", TopSum(n));
                Add("total", _sum);
                break;
            case CohortFunction.Quantile when Count > 0:
                figures.Add(new CohortFigure("rank", NearestRank(node.Parameter ?? 0).ToString(CultureInfo.InvariantCulture)));
                break;
        }

        if (node.Function is CohortFunction.Share or CohortFunction.Rank or CohortFunction.TopN or CohortFunction.Percentile)
        {
            Add("own", own);
        }

        if (node.Function is CohortFunction.TopN or CohortFunction.TopSum or CohortFunction.TopShare && Count > 0)
        {
            Add("cut-off", _sorted[Math.Max(0, Count - n)]); // the N-th largest value: a member at or above it is in the top N
        }

        if (own is { } mine && node.Function is CohortFunction.TopN or CohortFunction.Share)
        {
            figures.Add(new CohortFigure("rank", (1 + Greater(mine)).ToString(CultureInfo.InvariantCulture)));
        }

        if (own is { } value && node.Function == CohortFunction.Percentile)
        {
            figures.Add(new CohortFigure("below", Less(value).ToString(CultureInfo.InvariantCulture)));
        }

        return figures.ToValueArray();
    }

    /// <summary>The 1-based nearest rank of a percentile: the smallest rank with at least that share of the cohort at or below it.</summary>
    private int NearestRank(decimal ratio) => Math.Clamp((int)decimal.Ceiling(ratio * Count), 1, Count);

    /// <summary>The sum of the N largest values (all of them when the cohort is smaller); null on overflow.</summary>
    private decimal? TopSum(int n)
    {
        decimal sum = 0;
        try
        {
            for (var i = _sorted.Length - 1; i >= Math.Max(0, _sorted.Length - n); i--)
            {
                sum += _sorted[i];
            }
        }
        catch (OverflowException)
        {
            return null;
        }

        return sum;
    }

    private Value Amount(decimal v) => _unit is null ? new NumberValue(v) : new QuantityValue(new Quantity(v, _unit));

    private static NumberValue? Divide(decimal part, decimal whole, out string? failure)
    {
        try
        {
            failure = null;
            return new NumberValue(part / whole);
        }
        catch (OverflowException)
        {
            failure = UnknownReasons.Overflow;
            return null;
        }
    }

    private static Value? Fail(string reason, out string? failure)
    {
        failure = reason;
        return null;
    }

    private static decimal? Sum(decimal[] values)
    {
        decimal sum = 0;
        foreach (var v in values)
        {
            try
            {
                sum += v;
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        return sum;
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
