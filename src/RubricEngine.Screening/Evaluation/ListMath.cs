using RubricEngine.Model.Expressions;

namespace RubricEngine.Screening.Evaluation;

/// <summary>Decimal statistics over a non-empty list of numbers.</summary>
internal static class ListMath
{
    public static decimal? Aggregate(ListFunction function, List<decimal> values, decimal? parameter)
    {
        switch (function)
        {
            case ListFunction.Sum: return Sum(values);
            case ListFunction.Mean: return Sum(values) / values.Count;
            case ListFunction.Min: return values.Min();
            case ListFunction.Max: return values.Max();
            case ListFunction.Median: return Median(values);
            case ListFunction.TrimmedMean: return TrimmedMean(values, parameter ?? 0);
            case ListFunction.StandardDeviation: return StandardDeviation(values);
            default: return values.Count;
        }
    }

    private static decimal Sum(List<decimal> values)
    {
        decimal sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    private static decimal Median(List<decimal> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Drops floor(n × ratio) values at each end, then averages the rest.</summary>
    private static decimal? TrimmedMean(List<decimal> values, decimal ratio)
    {
        var drop = (int)decimal.Floor(values.Count * ratio);
        var kept = values.Order().Skip(drop).Take(values.Count - (2 * drop)).ToList();
        return kept.Count == 0 ? null : Sum(kept) / kept.Count;
    }

    private static decimal StandardDeviation(List<decimal> values)
    {
        var mean = Sum(values) / values.Count;
        decimal squares = 0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return Sqrt(squares / values.Count);
    }

    /// <summary>Newton's method in decimal, so the result does not pass through double.</summary>
    internal static decimal Sqrt(decimal value)
    {
        if (value <= 0)
        {
            return 0;
        }

        var x = (decimal)Math.Sqrt((double)value); // a close start; the iterations make it decimal-exact
        for (var i = 0; i < 8; i++)
        {
            var next = (x + (value / x)) / 2;
            if (next == x)
            {
                break;
            }

            x = next;
        }

        return x;
    }
}
