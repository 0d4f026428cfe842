using System.Collections.Concurrent;

namespace RubricEngine.Model.Units;

/// <summary>
/// Conversion factors between pairs of units, computed once. Most factors (kg to g, kgCO2e/kWh to
/// gCO2e/kWh) are exact decimals, which convert with one multiplication; the rest (J to Wh) stay exact
/// fractions. A unit's symbol determines it, so pairs are keyed by symbol.
/// </summary>
internal static class ConversionFactors
{
    private static readonly ConcurrentDictionary<(string From, string To), decimal?> Decimals = new();

    /// <summary>The factor as a decimal when it is exactly one, else null.</summary>
    public static decimal? Decimal(Unit from, Unit to) =>
        Decimals.GetOrAdd((from.Symbol, to.Symbol), _ =>
        {
            var ratio = Exact(from, to);
            try
            {
                var value = ratio.ToDecimal();
                return Rational.FromDecimal(value) == ratio ? value : null;
            }
            catch (OverflowException)
            {
                return null;
            }
        });

    /// <summary>The exact factor.</summary>
    public static Rational Exact(Unit from, Unit to) => from.Factor / to.Factor;
}
