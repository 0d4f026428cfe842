using RubricEngine.Model.Collections;
using RubricEngine.Model.Units;

namespace RubricEngine.Model.Types;

/// <summary>The type of an input, a field, a derived value or an expression. A closed hierarchy.</summary>
public abstract record DataType
{
    private protected DataType()
    {
    }

    /// <summary>The type as a rubric author writes it, for messages.</summary>
    public abstract string DisplayName { get; }

    /// <summary>True for decimal, integer and quantity types, which support arithmetic and ordering.</summary>
    public bool IsNumeric => this is DecimalType or IntegerType or QuantityType;

    /// <inheritdoc />
    public sealed override string ToString() => DisplayName;
}

/// <summary>An exact decimal number.</summary>
public sealed record DecimalType : DataType
{
    /// <summary>The single instance.</summary>
    public static DecimalType Instance { get; } = new();

    /// <inheritdoc />
    public override string DisplayName => "decimal";
}

/// <summary>A whole number.</summary>
public sealed record IntegerType : DataType
{
    /// <summary>The single instance.</summary>
    public static IntegerType Instance { get; } = new();

    /// <inheritdoc />
    public override string DisplayName => "integer";
}

/// <summary>A three-valued boolean: criteria, gates and yes/no inputs.</summary>
public sealed record BooleanType : DataType
{
    /// <summary>The single instance.</summary>
    public static BooleanType Instance { get; } = new();

    /// <inheritdoc />
    public override string DisplayName => "boolean";
}

/// <summary>Free text.</summary>
public sealed record TextType : DataType
{
    /// <summary>The single instance.</summary>
    public static TextType Instance { get; } = new();

    /// <inheritdoc />
    public override string DisplayName => "text";
}

/// <summary>A calendar date.</summary>
public sealed record DateType : DataType
{
    /// <summary>The single instance.</summary>
    public static DateType Instance { get; } = new();

    /// <inheritdoc />
    public override string DisplayName => "date";
}

/// <summary>A quantity of one dimension, such as an emission intensity; values carry their own units.</summary>
/// <param name="Dimension">The dimension every value must have.</param>
public sealed record QuantityType(Dimension Dimension) : DataType
{
    /// <inheritdoc />
    public override string DisplayName => $"quantity of {Dimension}";
}

/// <summary>One of a closed set of members, such as an activity code or a technology readiness band.</summary>
/// <param name="Members">The allowed members, in declaration order.</param>
public sealed record EnumType(ValueArray<string> Members) : DataType
{
    /// <inheritdoc />
    public override string DisplayName => $"one of {string.Join(", ", Members)}";
}

/// <summary>A list of records, such as one record per expert on a panel, or evidence items.</summary>
/// <param name="Fields">The fields of each record, in declaration order.</param>
public sealed record ListType(ValueArray<FieldDeclaration> Fields) : DataType
{
    /// <inheritdoc />
    public override string DisplayName => "list of records";

    /// <summary>The field with the given name, if declared.</summary>
    public FieldDeclaration? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
