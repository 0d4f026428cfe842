using RubricEngine.Model.Logic;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>Aggregations over the records of a list input, such as the scores of an expert panel.</summary>
internal sealed partial class ExprCompiler
{
    private CompiledExpr ListAggregate(ListAggregateExpr node)
    {
        var aggregate = Aggregate(node);
        var input = (InputNode)index.Reference(SymbolKind.Input, node.List);

        // A list without a usable value (too few records, conflicting...) is shown in comparisons as the missing list words it.
        return scope =>
        {
            var value = aggregate(scope);
            if (value is null && scope.Result(input).Input is { Missing: not null } gap)
            {
                scope.LastGap = InputNode.Gap(gap);
            }

            return value;
        };
    }

    private CompiledExpr Aggregate(ListAggregateExpr node)
    {
        var input = (InputNode)index.Reference(SymbolKind.Input, node.List);
        Read(input);
        var function = node.Function;
        var parameter = node.Parameter;
        var minimum = input.Declaration.MinimumCount ?? 1;
        var filter = node.Filter is null ? null : Node(node.Filter);
        if (function is ListFunction.Any or ListFunction.All)
        {
            // Traced like a comparison, once for the list: the auditor sees the answer, not one line per record.
            var test = RecordTest(input, filter!, all: function == ListFunction.All);
            var text = ExprFormatter.Format(node);
            var prefix = text + " = ";
            return scope =>
            {
                var value = test(scope);
                if (scope.RecordsConditions)
                {
                    scope.AddCondition(new Decisions.TraceCondition(text, Truths.ToTruth(value).ToWord(), prefix + (value?.ToDisplayString() ?? "missing")));
                }

                return value;
            };
        }

        if (function == ListFunction.Count || node.Element is null)
        {
            return filter is null
                ? scope => scope.Result(input).Value is ListValue list ? new NumberValue(list.Records.Count) : null
                : scope => scope.Result(input).Value is ListValue list ? new NumberValue(CountWhere(scope, list, filter)) : null;
        }

        // "mean of panel.x" reads one field: found by position after the first record, not by a search per record.
        var field = filter is null && node.Element is ReferenceExpr { Kind: SymbolKind.Field } reference ? reference.Name : null;
        var element = field is null ? Node(node.Element) : null;
        if (field is not null && function is ListFunction.Mean or ListFunction.Sum)
        {
            return FieldSum(input, field, minimum, mean: function == ListFunction.Mean);
        }

        return scope =>
        {
            if (scope.Result(input).Value is not ListValue list)
            {
                return null; // missing, conflicting, or fewer records than the minimum
            }

            // Records without a value for the element (an expert who did not score) are left out.
            var numbers = scope.RentNumbers();
            try
            {
                Unit? unit = null;
                if (field is not null)
                {
                    var cursor = new FieldCursor(field);
                    foreach (var record in list.Records.Items)
                    {
                        if (Numeric(cursor.Of(record), ref unit) is { } number)
                        {
                            numbers.Add(number);
                        }
                    }
                }
                else
                {
                    Elements(scope, list, element!, filter, numbers, ref unit);
                }

                if (numbers.Count == 0 || numbers.Count < minimum)
                {
                    return null;
                }

                var result = ListMath.Aggregate(function, numbers, parameter);
                return result is null ? null : unit is null ? new NumberValue(result.Value) : new QuantityValue(new Quantity(result.Value, unit));
            }
            catch (OverflowException)
            {
                scope.Fail(UnknownReasons.Overflow);
                return null;
            }
            finally
            {
                scope.ReturnNumbers(numbers);
            }
        };
    }

    /// <summary>
    /// The sum or mean of one field in one pass, without collecting the numbers: the usual panel aggregation
    /// (twenty per Yeda dossier). Equal to <see cref="ListMath"/>'s result: the same additions in the same order.
    /// </summary>
    private static CompiledExpr FieldSum(InputNode input, string field, int minimum, bool mean) => scope =>
    {
        if (scope.Result(input).Value is not ListValue list)
        {
            return null;
        }

        try
        {
            Unit? unit = null;
            var cursor = new FieldCursor(field);
            decimal sum = 0;
            var count = 0;
            foreach (var record in list.Records.Items)
            {
                if (Numeric(cursor.Of(record), ref unit) is { } number)
                {
                    sum += number;
                    count++;
                }
            }

            if (count == 0 || count < minimum)
            {
                return null;
            }

            var result = mean ? sum / count : sum;
            return unit is null ? new NumberValue(result) : new QuantityValue(new Quantity(result, unit));
        }
        catch (OverflowException)
        {
            scope.Fail(UnknownReasons.Overflow);
            return null;
        }
    };

    private static void Elements(NodeScope scope, ListValue list, CompiledExpr element, CompiledExpr? filter, List<decimal> numbers, ref Unit? unit)
    {
        var outer = scope.Record;
        scope.MuteConditions++;
        try
        {
            foreach (var record in list.Records.Items)
            {
                scope.Record = record;
                if ((filter is null || Selects(scope, filter)) && Numeric(element(scope), ref unit) is { } number)
                {
                    numbers.Add(number);
                }
            }
        }
        finally
        {
            scope.Record = outer;
            scope.MuteConditions--;
        }
    }

    /// <summary>Whether the current record meets the filter; unknown does not qualify a record.</summary>
    private static bool Selects(NodeScope scope, CompiledExpr filter) => Truths.ToTruth(filter(scope)) == Model.Logic.Truth.Met;

    private static int CountWhere(NodeScope scope, ListValue list, CompiledExpr filter)
    {
        var outer = scope.Record;
        scope.MuteConditions++;
        try
        {
            var count = 0;
            foreach (var record in list.Records.Items)
            {
                scope.Record = record;
                count += Selects(scope, filter) ? 1 : 0;
            }

            return count;
        }
        finally
        {
            scope.Record = outer;
            scope.MuteConditions--;
        }
    }

    /// <summary>
    /// "any of list where c" and "all of list where c", Kleene over the records: one record that meets it
    /// decides "any", one that fails it decides "all"; otherwise an unknown record leaves the answer unknown.
    /// </summary>
    private static CompiledExpr RecordTest(InputNode input, CompiledExpr condition, bool all) => scope =>
    {
        if (scope.Result(input).Value is not ListValue list)
        {
            return Truths.Unknown;
        }

        var outer = scope.Record;
        scope.MuteConditions++;
        try
        {
            var unknown = false;
            foreach (var record in list.Records.Items)
            {
                scope.Record = record;
                switch (Truths.ToTruth(condition(scope)))
                {
                    case Model.Logic.Truth.Met when !all: return Truths.Met;
                    case Model.Logic.Truth.NotMet when all: return Truths.NotMet;
                    case Model.Logic.Truth.Unknown or Model.Logic.Truth.Conflict or Model.Logic.Truth.NotApplicable: unknown = true; break;
                }
            }

            return unknown ? Truths.Unknown : all ? Truths.Met : Truths.NotMet;
        }
        finally
        {
            scope.Record = outer;
            scope.MuteConditions--;
        }
    };

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

    /// <summary>
    /// Finds one field in record after record. Records of a list usually share their layout and often their
    /// name strings, so the position and the name instance found last are tried before a search.
    /// </summary>
    private struct FieldCursor(string name)
    {
        private readonly string _name = name;
        private int _position;
        private string _key = name;

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
}
