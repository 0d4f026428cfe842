using System.Globalization;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Units;

namespace RubricEngine.Model.Values;

/// <summary>
/// A value of evidence or of a computation: a number, quantity, truth, text, date, enumeration member or
/// list of records. A closed hierarchy; a missing value is represented by the absence of a Value.
/// </summary>
public abstract record Value
{
    private protected Value()
    {
    }

    /// <summary>The value as the DSL writes it, invariant culture.</summary>
    public abstract string ToDisplayString();

    /// <inheritdoc />
    public sealed override string ToString() => ToDisplayString();
}

/// <summary>A decimal or integer number.</summary>
/// <param name="Number">The number.</param>
public sealed record NumberValue(decimal Number) : Value
{
    /// <inheritdoc />
    public override string ToDisplayString() => Number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A quantity with its unit.</summary>
/// <param name="Quantity">The quantity.</param>
public sealed record QuantityValue(Quantity Quantity) : Value
{
    /// <inheritdoc />
    public override string ToDisplayString() => Quantity.ToString();
}

/// <summary>A three-valued truth.</summary>
/// <param name="Truth">The truth value.</param>
public sealed record TruthValue(Truth Truth) : Value
{
    /// <inheritdoc />
    public override string ToDisplayString() => Truth switch
    {
        Truth.Met => "true",
        Truth.NotMet => "false",
        Truth.Conflict => "conflict",
        Truth.NotApplicable => "not_applicable",
        _ => "unknown",
    };
}

/// <summary>Text.</summary>
/// <param name="Text">The text.</param>
public sealed record TextValue(string Text) : Value
{
    /// <inheritdoc />
    public override string ToDisplayString() => Text;
}

/// <summary>A calendar date.</summary>
/// <param name="Date">The date.</param>
public sealed record DateValue(DateOnly Date) : Value
{
    /// <inheritdoc />
    public override string ToDisplayString() => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A member of an enumeration.</summary>
/// <param name="Member">The member name.</param>
public sealed record EnumValue(string Member) : Value
{
    /// <inheritdoc />
    public override string ToDisplayString() => Member;
}

/// <summary>One record of a list input: field values by name (a missing field is absent).</summary>
/// <param name="Fields">The field values, sorted by name.</param>
public sealed record RecordValue(ValueArray<KeyValuePair<string, Value>> Fields) : Value
{
    /// <summary>The value of a field, or null when the record lacks it.</summary>
    public Value? Field(string name)
    {
        foreach (var (key, value) in Fields)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToDisplayString() =>
        "{" + string.Join(", ", Fields.Select(f => $"{f.Key}: {f.Value.ToDisplayString()}")) + "}";
}

/// <summary>A list of records, such as the scores of an expert panel.</summary>
/// <param name="Records">The records, in their source order.</param>
public sealed record ListValue(ValueArray<RecordValue> Records) : Value
{
    /// <inheritdoc />
    public override string ToDisplayString() => $"[{Records.Count} records]";
}
