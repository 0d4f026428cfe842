using System.Globalization;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>Invariant text for values in decisions and traces.</summary>
internal static class Display
{
    public static string? Number(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value as text, a quantity in the declared unit when one is given and it converts.</summary>
    public static string? Value(Value? value, Unit? unit = null) => value switch
    {
        null => null,
        QuantityValue q when unit is not null && q.Quantity.Unit.IsCompatibleWith(unit) => q.Quantity.ConvertTo(unit).ToString(),
        _ => value.ToDisplayString(),
    };
}
