using RubricEngine.Model.Expressions;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>Aggregations over the records of a list input, such as the scores of an expert panel.</summary>
internal sealed partial class ExprEvaluator
{
    private List<decimal>? _spareNumbers;

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
        // The list is reused across aggregations (twenty per Yeda dossier); a nested one takes a new list.
        var numbers = _spareNumbers ?? new List<decimal>(list.Records.Count);
        _spareNumbers = null;
        numbers.Clear();
        try
        {
            return Aggregate(node, node.Element, input, list, numbers);
        }
        finally
        {
            _spareNumbers = numbers;
        }
    }

    private Value? Aggregate(ListAggregateExpr node, Expr element, int input, ListValue list, List<decimal> numbers)
    {
        Unit? unit = null;
        var records = list.Records.Items;
        if (element is ReferenceExpr { Kind: SymbolKind.Field } reference)
        {
            // "mean of panel.x" reads one field: found by position after the first record, not by a search per record.
            var field = new FieldCursor(reference.Name);
            foreach (var record in records)
            {
                if (Numeric(field.Of(record), ref unit) is { } number)
                {
                    numbers.Add(number);
                }
            }
        }
        else
        {
            var outer = _record;
            try
            {
                foreach (var record in records)
                {
                    _record = record;
                    if (Numeric(Evaluate(element), ref unit) is { } number)
                    {
                        numbers.Add(number);
                    }
                }
            }
            finally
            {
                _record = outer;
            }
        }

        var minimum = context.Plan.Rubric.Inputs[input].MinimumCount ?? 1;
        if (numbers.Count == 0 || numbers.Count < minimum)
        {
            return null;
        }

        var result = ListMath.Aggregate(node.Function, numbers, node.Parameter);
        return result is null ? null : unit is null ? new NumberValue(result.Value) : new QuantityValue(new Quantity(result.Value, unit));
    }

    /// <summary>
    /// Finds one field in record after record. Records of a list usually share their layout and often their
    /// name strings, so the position and the name instance found last are tried before a search.
    /// </summary>
    private struct FieldCursor
    {
        private readonly string _name;
        private int _position;
        private string _key;

        public FieldCursor(string name)
        {
            _name = name;
            _key = name;
        }

        public Value? Of(RecordValue record)
        {
            var fields = record.Fields.Items;
            if (_position < fields.Length)
            {
                var (key, value) = fields[_position];
                if (ReferenceEquals(key, _key) || string.Equals(key, _name, StringComparison.Ordinal))
                {
                    _key = key;
                    return value;
                }
            }

            for (var i = 0; i < fields.Length; i++)
            {
                if (string.Equals(fields[i].Key, _name, StringComparison.Ordinal))
                {
                    _position = i;
                    _key = fields[i].Key;
                    return fields[i].Value;
                }
            }

            return null;
        }
    }

    /// <summary>A number, or a quantity converted to the unit of the first quantity seen.</summary>
    private static decimal? Numeric(Value? value, ref Unit? unit)
    {
        if (value is NumberValue number)
        {
            return number.Number; // the usual case first: a plain score
        }

        if (value is QuantityValue q && !q.Quantity.Dimension.IsNone)
        {
            unit ??= q.Quantity.Unit;
            return q.Quantity.ConvertTo(unit).Value;
        }

        return value is TruthValue t ? t.Truth switch { Model.Logic.Truth.Met => 1, Model.Logic.Truth.NotMet => 0, _ => null } : ValueMath.ToNumber(value);
    }
}
