using System.Globalization;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;

namespace RubricEngine.Language.Formatting;

/// <summary>Writes values as DSL literals.</summary>
internal static class ValueFormatter
{
    public static string Literal(Value value) => value switch
    {
        NumberValue n => DslWriter.Number(n.Number),
        QuantityValue q => $"{DslWriter.Number(q.Quantity.Value)} {q.Quantity.Unit.Symbol}",
        TruthValue t => t.Truth == Truth.Met ? "true" : "false",
        TextValue t => DslWriter.Quote(t.Text),
        DateValue d => DslWriter.Date(d.Date),
        EnumValue e => e.Member,
        _ => value.ToDisplayString(),
    };

    /// <summary>A number without trailing zeros, for percentages and counts computed from the model.</summary>
    public static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
