using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// Values to try for an input whose value is unknown, one on each side of every threshold the rubric could
/// compare it with: both truths of a boolean, every member of a choice, every text constant and one other
/// text, and for numbers and quantities each constant of the same dimension, just below and just above it,
/// plus zero, tiny and huge amounts of either sign (which reach the far side of thresholds on values derived
/// from the input, such as a ratio). Made once per graph. Null for list inputs, which have no single value.
/// </summary>
internal sealed class SideValues
{
    private static readonly decimal[] Magnitudes = [0m, 0.000000001m, -0.000000001m, 1m, -1m, 1000000000000m, -1000000000000m];
    private static readonly decimal Nudge = 0.000001m;

    private readonly List<Quantity> _quantities = [];
    private readonly List<decimal> _numbers = [];
    private readonly List<string> _texts = [];
    private readonly List<DateOnly> _dates = [];

    private SideValues(Model.Rubrics.Rubric rubric)
    {
        foreach (var literal in rubric.AllExpressions().SelectMany(ExprWalker.Descendants).OfType<LiteralExpr>())
        {
            switch (literal.Value)
            {
                case QuantityValue q:
                    _quantities.Add(q.Quantity);
                    break;
                case NumberValue n:
                    _numbers.Add(n.Number);
                    break;
                case TextValue t:
                    _texts.Add(t.Text);
                    break;
                case DateValue d:
                    _dates.Add(d.Date);
                    break;
            }
        }
    }

    public static SideValues For(Model.Rubrics.Rubric rubric) => new(rubric);

    /// <summary>The values to try for the input, or null when it has no single value to try (a list).</summary>
    public IReadOnlyList<Value>? Of(InputNode input)
    {
        var declaration = input.Declaration;
        return declaration.Type switch
        {
            BooleanType => [new TruthValue(Truth.Met), new TruthValue(Truth.NotMet)],
            EnumType e => [.. e.Members.Select(m => (Value)new EnumValue(m))],
            TextType => [.. _texts.Append("\u2060other").Distinct().Select(t => (Value)new TextValue(t))],
            DateType => [.. _dates.SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) }).Append(DateOnly.MinValue).Append(DateOnly.MaxValue).Distinct().Select(d => (Value)new DateValue(d))],
            QuantityType q when declaration.Unit is { } unit => Quantities(q.Dimension, unit),
            DecimalType => [.. Numbers(_numbers).Select(n => (Value)new NumberValue(n))],
            IntegerType => [.. Numbers(_numbers).Select(n => Math.Round(n, MidpointRounding.ToNegativeInfinity)).Distinct().Select(n => (Value)new NumberValue(n))],
            _ => null,
        };
    }

    private List<Value> Quantities(Dimension dimension, Unit unit)
    {
        var constants = _quantities.Where(q => q.Dimension.Equals(dimension)).Select(q => Converted(q, unit)).OfType<decimal>();
        return [.. Numbers(constants).Select(n => (Value)new QuantityValue(new Quantity(n, unit)))];
    }

    private static decimal? Converted(Quantity quantity, Unit unit)
    {
        try
        {
            return quantity.ConvertTo(unit).Value;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // Each constant, and a value just below and just above it (relative nudge, at least 1e-6), then the fixed magnitudes.
    private static IEnumerable<decimal> Numbers(IEnumerable<decimal> constants) =>
        constants.SelectMany(c =>
        {
            var step = Math.Max(Math.Abs(c) * Nudge, Nudge);
            return new[] { c - step, c, c + step };
        }).Concat(Magnitudes).Distinct();
}
