using System.Collections.Concurrent;
using System.Text;
using RubricEngine.Model.Units;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// The unit with factor 1 of any dimension, such as <c>gCO2e/J</c>, built from the catalogue's coherent
/// base symbols. Products and quotients of quantities are computed in it.
/// </summary>
internal static class CoherentUnits
{
    private static readonly ConcurrentDictionary<Dimension, Unit> Cache = new();

    public static Unit For(Dimension dimension) => Cache.GetOrAdd(dimension, Build);

    private static Unit Build(Dimension dimension)
    {
        if (dimension.IsNone)
        {
            return Unit.One;
        }

        var numerator = Terms(dimension.Exponents.Where(e => e.Value > 0), 1);
        var denominator = Terms(dimension.Exponents.Where(e => e.Value < 0), -1);
        // The parser has no "1/x": a unit over itself is one, so "J/J*s" is 1/s.
        var text = numerator.Length == 0
            ? $"J/J*{denominator}"
            : denominator.Length == 0 ? numerator : $"{numerator}/{denominator}";
        // A dimension a rubric declares has no catalogue symbol: its coherent unit is named by the dimension itself.
        return dimension.Exponents.Keys.All(UnitCatalog.BaseDimensions.Contains) ? UnitCatalog.Parse(text) : Unit.Coherent(dimension, text);
    }

    private static string Terms(IEnumerable<KeyValuePair<string, int>> exponents, int sign)
    {
        var text = new StringBuilder();
        foreach (var (name, exponent) in exponents)
        {
            if (text.Length > 0)
            {
                text.Append('*');
            }

            text.Append(BaseSymbol(name));
            if (exponent * sign != 1)
            {
                text.Append('^').Append(exponent * sign);
            }
        }

        return text.ToString();
    }

    private static string BaseSymbol(string baseDimension) => baseDimension switch
    {
        "mass" => "g",
        "co2e" => "gCO2e",
        "co2" => "gCO2",
        "energy" => "J",
        "time" => "s",
        "length" => "m",
        "count" => "count",
        _ when baseDimension.StartsWith("currency:", StringComparison.Ordinal) => baseDimension["currency:".Length..],
        _ => baseDimension,
    };
}
