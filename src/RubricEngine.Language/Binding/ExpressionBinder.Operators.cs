using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Types;
using RubricEngine.Model.Values;

namespace RubricEngine.Language.Binding;

/// <summary>Binary operators: logic, equality (with enumeration members), ordering and arithmetic with dimensions.</summary>
internal sealed partial class ExpressionBinder
{
    public override Expr? VisitBinary(BinarySyntax node)
    {
        var (left, right) = BindOperands(node);
        if (left is null || right is null)
        {
            return null;
        }

        var result = ResultType(node, left, right);
        return result is null ? null : new BinaryExpr(node.Operator, left, right, result, node.Span);
    }

    /// <summary>Binds both sides; a bare name next to an enumeration is read as one of its members.</summary>
    private (Expr? Left, Expr? Right) BindOperands(BinarySyntax node)
    {
        var isEquality = node.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual;
        if (isEquality && IsUndeclaredName(node.Right))
        {
            var left = Visit(node.Left);
            return (left, left?.Type is EnumType e ? Member((ReferenceSyntax)node.Right, e) : Visit(node.Right));
        }

        if (isEquality && IsUndeclaredName(node.Left))
        {
            var right = Visit(node.Right);
            return (right?.Type is EnumType e ? Member((ReferenceSyntax)node.Left, e) : Visit(node.Left), right);
        }

        var first = Visit(node.Left);
        return (first, node.Operator is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Multiply or BinaryOperator.Divide
            ? Visit(node.Right)
            : VisitBeside(node.Right, first));
    }

    /// <summary>Binds a number literal written beside a quantity (<c>length &lt; 12 kn</c>) expecting the quantity's dimension.</summary>
    private Expr? VisitBeside(ExpressionSyntax syntax, Expr? other)
    {
        if (syntax is NumberSyntax { Unit: not null } && other?.Type is QuantityType { Dimension: var dimension })
        {
            _expectedDimension = dimension;
        }

        return Visit(syntax);
    }

    private bool IsUndeclaredName(ExpressionSyntax syntax) =>
        syntax is ReferenceSyntax r && Symbols.Find(r.Name.Text) is null && _scope?.Type.Field(r.Name.Text) is null;

    private LiteralExpr? Member(ReferenceSyntax syntax, EnumType type)
    {
        var name = syntax.Name.Text;
        if (type.Members.Contains(name))
        {
            return new LiteralExpr(new EnumValue(name), type, syntax.Span);
        }

        context.Report(DiagnosticCatalog.NotAnEnumMember, syntax.Span, name, string.Join(", ", type.Members), BindingContext.DidYouMean(name, type.Members));
        return null;
    }

    private DataType? ResultType(BinarySyntax node, Expr left, Expr right)
    {
        switch (node.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                return left.Type is BooleanType && right.Type is BooleanType ? BooleanType.Instance : Mismatch(node, left, right);
            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                return Comparable(node, left, right, ordered: false) ? BooleanType.Instance : null;
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                return Comparable(node, left, right, ordered: true) ? BooleanType.Instance : null;
            case BinaryOperator.Add or BinaryOperator.Subtract:
                return SameDimension(node, left, right, node.Operator == BinaryOperator.Add ? DiagnosticPhrases.Add : DiagnosticPhrases.Subtract)
                    ? TypeRules.AddResult(left.Type, right.Type)
                    : null;
            default:
                return left.Type.IsNumeric && right.Type.IsNumeric
                    ? TypeRules.MultiplyResult(node.Operator, left.Type, right.Type)
                    : Mismatch(node, left, right);
        }
    }

    private bool Comparable(BinarySyntax node, Expr left, Expr right, bool ordered)
    {
        if (left.Type.IsNumeric || right.Type.IsNumeric)
        {
            return SameDimension(node, left, right, DiagnosticPhrases.Compare);
        }

        var same = (left.Type, right.Type) switch
        {
            (DateType, DateType) => true,
            (BooleanType, BooleanType) or (TextType, TextType) => !ordered,
            (EnumType a, EnumType b) => !ordered && a == b,
            _ => false,
        };
        return same || Mismatch(node, left, right) is not null;
    }

    private bool SameDimension(BinarySyntax node, Expr left, Expr right, DiagnosticPhrase verb)
    {
        if (!left.Type.IsNumeric || !right.Type.IsNumeric)
        {
            return Mismatch(node, left, right) is not null;
        }

        if (TypeRules.DimensionOf(left.Type)!.Equals(TypeRules.DimensionOf(right.Type)))
        {
            return true;
        }

        context.Report(DiagnosticCatalog.DimensionMismatch, node.OperatorSpan, verb, TypeRules.Describe(left, Symbols), TypeRules.Describe(right, Symbols));
        return false;
    }

    /// <summary>Reports that the operator does not apply; always returns null.</summary>
    private DataType? Mismatch(BinarySyntax node, Expr left, Expr right)
    {
        context.Report(DiagnosticCatalog.OperatorTypes, node.OperatorSpan, node.Operator.Symbol(), DiagnosticPhrases.TypeName(left.Type), DiagnosticPhrases.TypeName(right.Type));
        return null;
    }
}
