using RubricEngine.Model.Expressions;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// Decimal arithmetic and comparison on values. Any missing operand, division by zero or overflow gives
/// null (unknown): a computation never invents a number.
/// </summary>
internal static class ValueMath
{
    /// <summary>
    /// The result of an arithmetic operator, or null (unknown). A missing operand gives null with no
    /// <paramref name="failure"/>; an overflow or a division by zero gives null with that reason.
    /// </summary>
    public static Value? Arithmetic(BinaryOperator op, Value? left, Value? right, out string? failure)
    {
        failure = null;
        if (left is null || right is null)
        {
            return null;
        }

        try
        {
            var result = (left, right) switch
            {
                (QuantityValue a, QuantityValue b) => Quantities(op, a.Quantity, b.Quantity),
                (QuantityValue a, _) when ToNumber(right) is { } n => Scaled(op, a.Quantity, n, quantityOnLeft: true),
                (_, QuantityValue b) when ToNumber(left) is { } n => Scaled(op, b.Quantity, n, quantityOnLeft: false),
                _ when ToNumber(left) is { } a && ToNumber(right) is { } b => Numbers(op, a, b) is { } r ? new NumberValue(r) : null,
                _ => null,
            };
            if (result is null && op == BinaryOperator.Divide && IsZero(right))
            {
                failure = Graph.UnknownReasons.DivisionByZero;
            }

            return result;
        }
        catch (OverflowException)
        {
            failure = Graph.UnknownReasons.Overflow;
            return null;
        }
        catch (DivideByZeroException)
        {
            failure = Graph.UnknownReasons.DivisionByZero;
            return null;
        }
    }

    private static bool IsZero(Value value) => value switch
    {
        QuantityValue q => q.Quantity.Value == 0,
        _ => ToNumber(value) == 0,
    };

    /// <summary>A plain number, or a dimensionless quantity (10 % is 0.1).</summary>
    public static decimal? ToNumber(Value? value) => value switch
    {
        NumberValue n => n.Number,
        QuantityValue { Quantity: var q } when q.Dimension.IsNone => q.ConvertTo(Unit.One).Value,
        _ => null,
    };

    public static Value Negate(Value value) => value switch
    {
        NumberValue n => new NumberValue(-n.Number),
        QuantityValue q => new QuantityValue(q.Quantity with { Value = -q.Quantity.Value }),
        _ => throw new InvalidOperationException($"Cannot negate {value}: the binder should have rejected this."),
    };

    private static decimal? Numbers(BinaryOperator op, decimal a, decimal b) => op switch
    {
        BinaryOperator.Add => a + b,
        BinaryOperator.Subtract => a - b,
        BinaryOperator.Multiply => a * b,
        BinaryOperator.Divide => b == 0 ? null : a / b,
        _ => throw new InvalidOperationException($"{op} is not arithmetic."),
    };

    private static Value? Scaled(BinaryOperator op, Quantity q, decimal n, bool quantityOnLeft)
    {
        if (op is BinaryOperator.Add or BinaryOperator.Subtract)
        {
            // Only a dimensionless quantity can meet a plain number in a sum.
            var qn = ToNumber(new QuantityValue(q));
            return qn is null ? null : new NumberValue(quantityOnLeft ? Numbers(op, qn.Value, n)!.Value : Numbers(op, n, qn.Value)!.Value);
        }

        if (op == BinaryOperator.Divide && !quantityOnLeft)
        {
            return q.Value == 0 ? null : Quantities(op, new Quantity(n, Unit.One), q);
        }

        return Numbers(op, q.Value, n) is { } v ? new QuantityValue(new Quantity(v, q.Unit)) : null;
    }

    private static Value? Quantities(BinaryOperator op, Quantity a, Quantity b)
    {
        if (op is BinaryOperator.Add or BinaryOperator.Subtract)
        {
            var converted = b.ConvertTo(a.Unit);
            return new QuantityValue(new Quantity(Numbers(op, a.Value, converted.Value)!.Value, a.Unit));
        }

        if (op == BinaryOperator.Divide && a.Unit.IsCompatibleWith(b.Unit))
        {
            var converted = b.ConvertTo(a.Unit);
            return Numbers(op, a.Value, converted.Value) is { } ratio ? new NumberValue(ratio) : null;
        }

        // Products and quotients of different dimensions are computed in coherent units (g, J, s, m...).
        var left = a.ConvertTo(CoherentUnits.For(a.Dimension));
        var right = b.ConvertTo(CoherentUnits.For(b.Dimension));
        var dimension = op == BinaryOperator.Multiply ? a.Dimension.Multiply(b.Dimension) : a.Dimension.Divide(b.Dimension);
        var value = Numbers(op, left.Value, right.Value);
        return value is null ? null : new QuantityValue(new Quantity(value.Value, CoherentUnits.For(dimension)));
    }
}
