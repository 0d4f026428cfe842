using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Binding;

/// <summary>Conditionals and value lists: the branches or options must share one type (numbers: one dimension).</summary>
internal sealed partial class ExpressionBinder
{
    public override Expr? VisitConditional(ConditionalSyntax node)
    {
        var condition = BindExpecting(node.Condition, t => t is BooleanType, DiagnosticPhrases.BooleanConditionAfterIf);
        var then = Visit(node.Then);
        var otherwise = Visit(node.Else);
        if (condition is null || then is null || otherwise is null)
        {
            return null;
        }

        return CommonType(then, otherwise, node.Else, DiagnosticPhrases.ThenBranch) is { } type
            ? new ConditionalExpr(condition, then, otherwise, type, node.Span)
            : null;
    }

    public override Expr? VisitValueList(ValueListSyntax node)
    {
        if (node.Kind == ValueListKind.CountMet)
        {
            var conditions = node.Items.Select(i => BindExpecting(i, t => t is BooleanType, DiagnosticPhrases.BooleanConditionToCount)).ToList();
            return conditions.Any(c => c is null) ? null : new CountMetExpr(conditions.Select(c => c!).ToValueArray(), node.Span);
        }

        var numeric = node.Kind is ValueListKind.Min or ValueListKind.Max;
        var items = node.Items.Select(i => numeric ? BindExpecting(i, t => t.IsNumeric, DiagnosticPhrases.NumberIn(Word(node.Kind))) : Visit(i)).ToList();
        if (items.Any(i => i is null))
        {
            return null;
        }

        var type = items[0]!.Type;
        for (var i = 1; i < items.Count; i++)
        {
            if (CommonType(items[0]!, items[i]!, node.Items[i], DiagnosticPhrases.FirstOption) is not { } common)
            {
                return null;
            }

            type = common;
        }

        var options = items.Select(i => i!).ToValueArray();
        return node.Kind == ValueListKind.FirstKnown
            ? new FirstKnownExpr(options, type, node.Span)
            : new ExtremeExpr(node.Kind == ValueListKind.Max, options, type, node.Span);
    }

    private static string Word(ValueListKind kind) => kind switch
    {
        ValueListKind.Min => "min",
        ValueListKind.Max => "max",
        ValueListKind.CountMet => "count",
        _ => "first known",
    };

    /// <summary>The type two alternatives share, reporting at <paramref name="at"/> when they share none.</summary>
    private DataType? CommonType(Expr first, Expr other, ExpressionSyntax at, DiagnosticPhrase firstName)
    {
        if (first.Type.IsNumeric && other.Type.IsNumeric)
        {
            if (TypeRules.DimensionOf(first.Type)!.Equals(TypeRules.DimensionOf(other.Type)))
            {
                return TypeRules.AddResult(first.Type, other.Type);
            }

            context.Report(DiagnosticCatalog.DimensionMismatch, at.Span, DiagnosticPhrases.ChooseBetween, TypeRules.Describe(first, Symbols), TypeRules.Describe(other, Symbols));
            return null;
        }

        if (first.Type == other.Type)
        {
            return first.Type;
        }

        context.Report(DiagnosticCatalog.TypeMismatch, at.Span, DiagnosticPhrases.Like(first.Type, firstName), DiagnosticPhrases.TypeName(other.Type));
        return null;
    }
}
