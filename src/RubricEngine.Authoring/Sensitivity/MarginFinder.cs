using System.Globalization;
using System.Text.RegularExpressions;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Authoring.Sensitivity;

/// <summary>
/// The margin of each comparison of a value with a constant, in the constant's unit: the value is taken from the
/// decision itself (scores and subtotals, the values criteria read, the operands the trace recorded), converted
/// exactly to the threshold's unit, so 0.08 kgCO2e/kWh against 100 gCO2e/kWh has a margin of -20 gCO2e/kWh.
/// </summary>
internal static partial class MarginFinder
{
    public static List<ThresholdMargin> Find(Rubric rubric, Decision decision)
    {
        var margins = new List<ThresholdMargin>();
        foreach (var criterion in rubric.Criteria)
        {
            var rule = (criterion.Kind == CriterionKind.Gate ? "gate:" : "criterion:") + criterion.Name;
            Collect(rule, criterion.Condition, rubric.UnitScope, decision, margins);
        }

        foreach (var tier in rubric.Classification.Tiers)
        {
            Collect("tier:" + tier.Outcome, tier.Condition, rubric.UnitScope, decision, margins);
        }

        return margins;
    }

    private static void Collect(string rule, Expr condition, UnitScope units, Decision decision, List<ThresholdMargin> margins)
    {
        foreach (var comparison in ExprWalker.Descendants(condition).OfType<BinaryExpr>())
        {
            if (comparison.WithConstantOnRight() is not (var term, var literal, var op) || literal.Value.AsQuantity() is not { } threshold)
            {
                continue;
            }

            var value = ValueOf(term, comparison, units, decision) is { } v && v.Unit.IsCompatibleWith(threshold.Unit) ? v.ConvertTo(threshold.Unit).Value : (decimal?)null;
            bool? holds = value is { } x ? op switch
            {
                BinaryOperator.Less => x < threshold.Value,
                BinaryOperator.LessOrEqual => x <= threshold.Value,
                BinaryOperator.Greater => x > threshold.Value,
                BinaryOperator.GreaterOrEqual => x >= threshold.Value,
                BinaryOperator.Equal => x == threshold.Value,
                _ => x != threshold.Value,
            } : null;
            margins.Add(new ThresholdMargin(rule, ExprText.Format(comparison), value, threshold.Value, value - threshold.Value, threshold.Unit.Symbol, holds));
        }
    }

    /// <summary>The term's value in this decision, or null when unknown or not recorded.</summary>
    private static Quantity? ValueOf(Expr term, BinaryExpr comparison, UnitScope units, Decision decision)
    {
        if (term is ReferenceExpr reference && decision.Score is { } score)
        {
            if (reference.Kind == SymbolKind.Score)
            {
                return score.Value is { } total ? new Quantity(total, Unit.One) : null;
            }

            if (reference.Kind == SymbolKind.Group)
            {
                return score.Groups.FirstOrDefault(g => g.Name == reference.Name)?.Subtotal is { } s ? new Quantity(s, Unit.One) : null;
            }

            if (reference.Kind == SymbolKind.Indicator)
            {
                return score.Groups.SelectMany(g => g.Indicators).FirstOrDefault(i => i.Name == reference.Name)?.Score is { } s ? new Quantity(s, Unit.One) : null;
            }
        }

        if (term is ReferenceExpr named && decision.Criteria.SelectMany(c => c.Values).FirstOrDefault(u => u.Name == named.Name && u.Value is not null) is { } used)
        {
            return Parse(used.Value!, units);
        }

        // Any other term (an aggregation, a formula): the operand the trace recorded for this comparison.
        var text = ExprText.Format(comparison);
        var prefix = ExprText.Format(term) + " = ";
        foreach (var condition in decision.Trace.SelectMany(t => t.Conditions).Where(c => c.Condition == text))
        {
            var start = condition.Values.IndexOf(prefix, StringComparison.Ordinal);
            if (start >= 0)
            {
                var rest = condition.Values[(start + prefix.Length)..];
                var end = rest.IndexOf(", ", StringComparison.Ordinal);
                return Parse(end >= 0 ? rest[..end] : rest, units);
            }
        }

        return null;
    }

    /// <summary>A value as the decision writes it, in a catalogue unit or one the rubric declares (<c>2000 tH2</c>).</summary>
    private static Quantity? Parse(string text, UnitScope units)
    {
        var match = NumberWithUnit().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var symbol = match.Groups[2].Value.Trim();
        if (symbol.Length == 0)
        {
            return new Quantity(number, Unit.One);
        }

        return units.TryParse(symbol, out var unit, out _) ? new Quantity(number, unit) : null;
    }

    [GeneratedRegex(@"^\s*(-?[0-9]+(?:\.[0-9]+)?)\s*(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWithUnit();
}
