using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>Exact comparisons: quantities across units by exact fractions, numbers as decimals, never doubles.</summary>
internal static class ValueComparison
{
    public static Truth Compare(BinaryOperator op, Value? left, Value? right)
    {
        // A truth operand that does not apply, is in conflict or is unknown passes that state on: "early = true"
        // reads like "early" itself (the truth table in docs/language.md).
        if (Undecided(left) is { } l)
        {
            return Undecided(right) is { } r ? Kleene.And(l, r) : l;
        }

        if (Undecided(right) is { } rightState)
        {
            return rightState;
        }

        if (left is null || right is null)
        {
            return Truth.Unknown;
        }

        if (op is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            var equal = AreEqual(left, right);
            return equal is null ? Truth.Unknown : Kleene.From(equal.Value == (op == BinaryOperator.Equal));
        }

        var order = Order(left, right);
        return order is null ? Truth.Unknown : Kleene.From(op switch
        {
            BinaryOperator.Less => order < 0,
            BinaryOperator.LessOrEqual => order <= 0,
            BinaryOperator.Greater => order > 0,
            BinaryOperator.GreaterOrEqual => order >= 0,
            _ => throw new InvalidOperationException($"{op} is not a comparison."),
        });
    }

    /// <summary>The order of two values, or null when they cannot be ordered.</summary>
    public static int? Order(Value left, Value right) => (left, right) switch
    {
        (QuantityValue a, QuantityValue b) when a.Quantity.Unit.IsCompatibleWith(b.Quantity.Unit) => a.Quantity.CompareTo(b.Quantity),
        (DateValue a, DateValue b) => a.Date.CompareTo(b.Date),
        _ when ValueMath.ToNumber(left) is { } a && ValueMath.ToNumber(right) is { } b => a.CompareTo(b),
        _ => null,
    };

    public static bool? AreEqual(Value left, Value right) => (left, right) switch
    {
        (TextValue a, TextValue b) => string.Equals(a.Text, b.Text, StringComparison.Ordinal),
        (EnumValue a, EnumValue b) => string.Equals(a.Member, b.Member, StringComparison.Ordinal),
        (EnumValue a, TextValue b) => string.Equals(a.Member, b.Text, StringComparison.Ordinal),
        (TextValue a, EnumValue b) => string.Equals(a.Text, b.Member, StringComparison.Ordinal),
        (TruthValue a, TruthValue b) => a.Truth == b.Truth,
        (ListValue a, ListValue b) => a.Equals(b),
        _ => Order(left, right) is { } order ? order == 0 : null,
    };

    /// <summary>The state of a truth operand that is not met or met, or null; a missing operand is unknown.</summary>
    private static Truth? Undecided(Value? value) => value switch
    {
        null => null,
        TruthValue { Truth: Truth.Unknown or Truth.Conflict or Truth.NotApplicable } t => t.Truth,
        _ => null,
    };
}
