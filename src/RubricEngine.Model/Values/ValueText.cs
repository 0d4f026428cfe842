using System.Globalization;
using RubricEngine.Model.Logic;

namespace RubricEngine.Model.Values;

/// <summary>Values written as the rubric language writes literals, so decisions quote rubrics verbatim.</summary>
public static class ValueText
{
    /// <summary>The value as a literal: <c>100 gCO2e/kWh</c>, <c>true</c>, <c>"text"</c>, <c>2026-01-01</c>.</summary>
    public static string Literal(Value value) => value switch
    {
        NumberValue n => n.Number.ToString(CultureInfo.InvariantCulture),
        QuantityValue q => $"{q.Quantity.Value.ToString(CultureInfo.InvariantCulture)} {q.Quantity.Unit.Symbol}",
        TruthValue t => t.Truth == Truth.Met ? "true" : "false",
        TextValue t => Quote(t.Text),
        DateValue d => d.ToDisplayString(),
        EnumValue e => e.Member,
        _ => value?.ToDisplayString() ?? throw new ArgumentNullException(nameof(value)),
    };

    /// <summary>A quoted text with <c>\\</c>, <c>\"</c>, <c>\n</c> and <c>\t</c> escapes.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A number without trailing zeros, for percentages and counts computed from the model.</summary>
    public static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
