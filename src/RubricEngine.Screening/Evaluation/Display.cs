using System.Globalization;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>Invariant text for values in decisions and traces.</summary>
internal static class Display
{
    public static string? Number(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage for a message, to two decimals without trailing zeros: 0.25 is <c>25%</c>.</summary>
    public static string Percent(decimal share) =>
        (Math.Round(share * 100, 2) / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>The value as text, a quantity in the declared unit when one is given and it converts.</summary>
    public static string? Value(Value? value, Unit? unit = null) => value switch
    {
        null => null,
        QuantityValue q when unit is not null && q.Quantity.Unit.IsCompatibleWith(unit) => q.Quantity.ConvertTo(unit).ToString(),
        // A plain-number formula shown "in %" (or ppm): the number is a ratio, 0.25 is 25%.
        NumberValue n when IsRatioUnit(unit) => new Quantity(n.Number, Unit.One).ConvertTo(unit!).ToString(),
        _ => value.ToDisplayString(),
    };

    /// <summary>A named dimensionless unit, such as <c>%</c>, that a plain number can be shown in.</summary>
    public static bool IsRatioUnit(Unit? unit) => unit is { Dimension.IsNone: true, Symbol.Length: > 0 };
}
