using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Language.Binding;

/// <summary>The typing rules of arithmetic and comparison: plain numbers are dimensionless quantities.</summary>
internal static class TypeRules
{
    /// <summary>The dimension of a numeric type (none for decimal and integer), or null for non-numeric types.</summary>
    public static Dimension? DimensionOf(DataType type) => type switch
    {
        DecimalType or IntegerType => Dimension.None,
        QuantityType q => q.Dimension,
        _ => null,
    };

    /// <summary>A plain number: decimal, integer, or a dimensionless quantity such as a percentage.</summary>
    public static bool IsPlainNumber(DataType type) => DimensionOf(type) is { IsNone: true };

    /// <summary>The type of a sum or difference of two numbers of one dimension.</summary>
    public static DataType AddResult(DataType left, DataType right) =>
        left is QuantityType ? left : right is QuantityType ? right : left is IntegerType && right is IntegerType ? IntegerType.Instance : DecimalType.Instance;

    /// <summary>The type of a product or quotient: dimensions multiply or divide.</summary>
    public static DataType MultiplyResult(BinaryOperator op, DataType left, DataType right)
    {
        if (left is not QuantityType && right is not QuantityType)
        {
            return op == BinaryOperator.Multiply && left is IntegerType && right is IntegerType ? IntegerType.Instance : DecimalType.Instance;
        }

        var l = DimensionOf(left)!;
        var r = DimensionOf(right)!;
        return new QuantityType(op == BinaryOperator.Multiply ? l.Multiply(r) : l.Divide(r));
    }

    /// <summary>The type of a mean-like aggregate: quantities keep their dimension, numbers become decimal.</summary>
    public static DataType MeanResult(DataType element) => element is QuantityType ? element : DecimalType.Instance;

    /// <summary>How an expression is named in a message: its unit when it has one, else its type.</summary>
    public static DiagnosticPhrase Describe(Expr expr, SymbolTable symbols) => expr switch
    {
        LiteralExpr { Value: QuantityValue q } => DiagnosticPhrases.Quoted(q.Quantity.Unit.Symbol),
        ReferenceExpr r when symbols.Find(r.Name)?.Unit is { } unit => DiagnosticPhrases.NameWithUnit(r.Name, unit.Symbol),
        _ => DiagnosticPhrases.TypeName(expr.Type),
    };
}
