using System.Collections.Concurrent;
using RubricEngine.Model.Units;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// Fast paths over the model's exact unit arithmetic, which works in big-integer fractions (microseconds per
/// call). A unit's symbol determines it, so units are cached by symbol; values in the same unit compare as
/// decimals; conversions use a cached decimal factor when that factor is exact, else the exact model path.
/// </summary>
internal static class UnitMath
{
    private static readonly ConcurrentDictionary<string, (bool Ok, Unit Unit, string? Unknown)> Parsed = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string, string), bool> Compatible = new();
    private static readonly ConcurrentDictionary<(string, string), decimal?> Factors = new();

    public static bool TryParse(string text, out Unit unit, out string? unknown)
    {
        var (ok, parsed, missing) = Parsed.GetOrAdd(text, t => UnitCatalog.TryParse(t, out var u, out var x) ? (true, u, null) : (false, Unit.One, x));
        (unit, unknown) = (parsed, missing);
        return ok;
    }

    public static bool Same(Unit a, Unit b) => ReferenceEquals(a, b) || string.Equals(a.Symbol, b.Symbol, StringComparison.Ordinal);

    public static bool AreCompatible(Unit a, Unit b) =>
        Same(a, b) || Compatible.GetOrAdd((a.Symbol, b.Symbol), _ => a.IsCompatibleWith(b));

    private static readonly ConditionalWeakTableCache DimensionChecks = new();

    public static bool HasDimension(Unit unit, Dimension dimension) => DimensionChecks.Check(unit, dimension);

    /// <summary>Dimension equality per (unit symbol, dimension instance); rubric dimensions are few and long-lived.</summary>
    private sealed class ConditionalWeakTableCache
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Dimension, ConcurrentDictionary<string, bool>> _byDimension = [];

        public bool Check(Unit unit, Dimension dimension) =>
            _byDimension.GetOrCreateValue(dimension).GetOrAdd(unit.Symbol, _ => unit.Dimension.Equals(dimension));
    }

    /// <summary>Exact comparison of two quantities of one dimension.</summary>
    public static int Compare(Quantity a, Quantity b) => Same(a.Unit, b.Unit) ? a.Value.CompareTo(b.Value) : a.CompareTo(b);

    /// <summary>The quantity in the target unit; exact whenever the model's conversion is.</summary>
    public static Quantity Convert(Quantity quantity, Unit target)
    {
        if (Same(quantity.Unit, target))
        {
            return quantity;
        }

        var factor = Factors.GetOrAdd((quantity.Unit.Symbol, target.Symbol), _ => ExactFactor(quantity.Unit, target));
        if (factor is { } f)
        {
            try
            {
                // Dividing by 1.000... drops the trailing zeros the factor's scale adds (4.500000 to 4.5).
                return new Quantity(quantity.Value * f / 1.0000000000000000000000000000m, target);
            }
            catch (OverflowException)
            {
                // Fall through to the exact path, which reports overflow its own way.
            }
        }

        return quantity.ConvertTo(target);
    }

    /// <summary>The decimal factor from one unit to another, or null when it is not an exact decimal (kg/kWh to g/J).</summary>
    private static decimal? ExactFactor(Unit from, Unit to)
    {
        var factor = new Quantity(1, from).ConvertTo(to).Value;
        return new Quantity(factor, to).CompareTo(new Quantity(1, from)) == 0 ? factor : null;
    }
}
