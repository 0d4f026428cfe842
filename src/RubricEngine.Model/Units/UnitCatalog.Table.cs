using System.Collections.Frozen;
using System.Numerics;

namespace RubricEngine.Model.Units;

/// <summary>The table of simple units, grouped by dimension.</summary>
public static partial class UnitCatalog
{
    private static FrozenDictionary<string, Unit> BuildSimpleUnits()
    {
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        void Add(string symbol, Dimension dimension, Rational factor) => units.Add(symbol, new Unit(symbol, dimension, factor));
        void Scaled(string suffix, Dimension dimension, params (string Prefix, int Power)[] prefixes)
        {
            foreach (var (prefix, power) in prefixes)
            {
                Add(prefix + suffix, dimension, Ten(power));
            }
        }

        var mass = Dimension.Base("mass");
        Scaled("g", mass, ("m", -3), ("", 0), ("k", 3));
        Add("t", mass, Ten(6));
        Add("kt", mass, Ten(9));
        Add("Mt", mass, Ten(12));

        // CO2-equivalent and plain CO2 are separate dimensions: a gCO2e threshold does not accept a gCO2 value.
        foreach (var (gas, name) in new[] { ("CO2e", "co2e"), ("CO2", "co2") })
        {
            Scaled(gas, Dimension.Base(name), ("g", 0), ("kg", 3), ("t", 6), ("kt", 9), ("Mt", 12));
        }

        var energy = Dimension.Base("energy");
        Scaled("J", energy, ("", 0), ("k", 3), ("M", 6), ("G", 9), ("T", 12), ("P", 15));
        var wattHour = new Rational(3600, 1);
        foreach (var (prefix, power) in new[] { ("", 0), ("k", 3), ("M", 6), ("G", 9), ("T", 12) })
        {
            Add(prefix + "Wh", energy, wattHour * Ten(power));
        }

        var time = Dimension.Base("time");
        Add("s", time, Rational.One);
        Add("min", time, new Rational(60, 1));
        Add("h", time, new Rational(3600, 1));
        Add("d", time, new Rational(86400, 1));
        // The Julian year of 365.25 days (the IUPAC annum), and a twelfth of it: exact, and what "per year" means in a rubric.
        Add("yr", time, new Rational(31_557_600, 1));
        Add("month", time, new Rational(2_629_800, 1));

        Scaled("W", energy.Divide(time), ("", 0), ("k", 3), ("M", 6), ("G", 9));

        // Peak watts rate a solar module under standard test conditions; a rating, not an output, so Wp does
        // not compare with W (specific yield is kWh/kWp).
        Scaled("Wp", Dimension.Base("peak_power"), ("", 0), ("k", 3), ("M", 6), ("G", 9));

        var length = Dimension.Base("length");
        Scaled("m", length, ("m", -3), ("c", -2), ("", 0), ("k", 3));
        Add("mi", length, new Rational(1_609_344, 1000)); // the international mile, exactly; vehicle figures come in g/mi
        Add("ha", length.Pow(2), Ten(4));
        Add("L", length.Pow(3), Ten(-3));

        Add("%", Dimension.None, Ten(-2));
        Add("ppm", Dimension.None, Ten(-6));
        Add("count", Dimension.Base("count"), Rational.One);

        // Each currency is its own dimension: there is no implicit exchange rate.
        foreach (var currency in new[] { "CNY", "USD", "EUR", "GBP", "JPY" })
        {
            var money = Dimension.Base("currency:" + currency);
            Scaled(currency, money, ("", 0), ("k", 3), ("M", 6), ("bn", 9));
        }

        return units.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Rational Ten(int power) =>
        power >= 0 ? new Rational(BigInteger.Pow(10, power), 1) : new Rational(1, BigInteger.Pow(10, -power));
}
