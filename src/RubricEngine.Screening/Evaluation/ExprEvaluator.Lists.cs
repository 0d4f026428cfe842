using RubricEngine.Model.Expressions;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>Aggregations over the records of a list input, such as the scores of an expert panel.</summary>
internal sealed partial class ExprEvaluator
{
    /// <inheritdoc />
    public override Value? VisitListAggregate(ListAggregateExpr node)
    {
        var input = context.Plan.Inputs[node.List];
        if (context.Input(input).Value is not ListValue list)
        {
            return null; // missing, conflicting, or fewer records than the minimum
        }

        if (node.Function == ListFunction.Count || node.Element is null)
        {
            return new NumberValue(list.Records.Count);
        }

        // Records without a value for the element (an expert who did not score) are left out.
        var numbers = new List<decimal>(list.Records.Count);
        Unit? unit = null;
        var outer = _record;
        try
        {
            var field = node.Element as ReferenceExpr is { Kind: SymbolKind.Field } reference ? reference.Name : null;
            var hint = 0;
            foreach (var record in list.Records)
            {
                _record = record;
                // "mean of panel.x" reads one field: found by position after the first record, not by a search per record.
                var value = field is null ? Evaluate(node.Element) : FieldOf(record, field, ref hint);
                if (Numeric(value, ref unit) is { } number)
                {
                    numbers.Add(number);
                }
            }
        }
        finally
        {
            _record = outer;
        }

        var minimum = context.Plan.Rubric.Inputs[input].MinimumCount ?? 1;
        if (numbers.Count == 0 || numbers.Count < minimum)
        {
            return null;
        }

        var result = ListMath.Aggregate(node.Function, numbers, node.Parameter);
        return result is null ? null : unit is null ? new NumberValue(result.Value) : new QuantityValue(new Quantity(result.Value, unit));
    }

    private static Value? FieldOf(RecordValue record, string name, ref int hint)
    {
        var fields = record.Fields;
        if (hint < fields.Count && string.Equals(fields[hint].Key, name, StringComparison.Ordinal))
        {
            return fields[hint].Value;
        }

        for (var i = 0; i < fields.Count; i++)
        {
            if (string.Equals(fields[i].Key, name, StringComparison.Ordinal))
            {
                hint = i;
                return fields[i].Value;
            }
        }

        return null;
    }

    /// <summary>A number, or a quantity converted to the unit of the first quantity seen.</summary>
    private static decimal? Numeric(Value? value, ref Unit? unit)
    {
        if (value is QuantityValue q && !q.Quantity.Dimension.IsNone)
        {
            unit ??= q.Quantity.Unit;
            return UnitMath.Convert(q.Quantity, unit).Value;
        }

        return value is TruthValue t ? t.Truth switch { Model.Logic.Truth.Met => 1, Model.Logic.Truth.NotMet => 0, _ => null } : ValueMath.ToNumber(value);
    }
}
