using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>Comparisons, traced with the operands they saw; the texts are made at compile time.</summary>
internal sealed partial class ExprCompiler
{
    private CompiledExpr Comparison(BinaryExpr comparison)
    {
        var op = comparison.Operator;
        var left = Node(comparison.Left);
        var right = Node(comparison.Right);
        var condition = ExprFormatter.Format(comparison);
        var leftShown = Operand(comparison.Left);
        var rightShown = Operand(comparison.Right);
        return scope =>
        {
            scope.LastReason = null;
            scope.LastGap = null;
            var l = left(scope);
            var leftReason = l is null ? scope.LastGap ?? scope.LastReason : null;
            var leftGap = l is null && scope.LastGap is not null;
            scope.LastReason = null;
            scope.LastGap = null;
            var r = right(scope);
            var rightReason = r is null ? scope.LastGap ?? scope.LastReason : null;
            var rightGap = r is null && scope.LastGap is not null;
            var result = ValueComparison.Compare(op, l, r);
            if (result == Truth.Unknown && (leftReason == UnknownReasons.Conflicting || rightReason == UnknownReasons.Conflicting))
            {
                result = Truth.Conflict; // a value in conflict gives a verdict in conflict, not an unknown one
            }

            if (scope.RecordsConditions)
            {
                scope.AddCondition(new TraceCondition(condition, result.ToWord(), Values(leftShown?.Show(l, leftReason, leftGap), rightShown?.Show(r, rightReason, rightGap))));
            }

            return Truths.Of(result);
        };
    }

    /// <summary>"operand = value" for each side that is not a constant, joined by "; ".</summary>
    private static string Values(string? leftText, string? rightText) =>
        leftText is null ? rightText ?? "" : rightText is null ? leftText : string.Concat(leftText, "; ", rightText);

    /// <summary>How one operand is shown; null for a constant, which the condition text already shows.</summary>
    private OperandText? Operand(Expr operand) => operand switch
    {
        LiteralExpr => null,
        // A derived quantity is shown in its declared unit, as in the decision's values.
        ReferenceExpr { Kind: SymbolKind.Derived } r => new OperandText(ExprFormatter.Format(operand), ((DerivedNode)index.Reference(SymbolKind.Derived, r.Name)).Declaration.Unit),
        _ => new OperandText(ExprFormatter.Format(operand), null),
    };

    private sealed class OperandText(string text, Model.Units.Unit? unit)
    {
        private readonly string _prefix = text + " = ";

        /// <summary>The operand and its value; an unknown one with its reason, an input's gap (<paramref name="isGap"/>) as the missing list words it.</summary>
        public string Show(Value? value, string? reason, bool isGap) =>
            _prefix + (value is null ? reason is null ? "missing" : isGap ? reason : $"unknown ({reason})" : unit is null ? value.ToDisplayString() : Display.Value(value, unit));
    }
}
