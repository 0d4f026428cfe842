using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>Conditionals, fallbacks, counts of conditions and min/max of values.</summary>
internal sealed partial class ExprCompiler
{
    /// <summary>
    /// Met takes the first branch, not met the second. An unknown condition still gives a value when both
    /// branches are known and equal (whichever way it turns out, the result is the same); otherwise unknown.
    /// </summary>
    private CompiledExpr Conditional(ConditionalExpr node)
    {
        var condition = Node(node.Condition);
        var then = Node(node.Then);
        var otherwise = Node(node.Otherwise);
        return scope =>
        {
            switch (Truths.ToTruth(condition(scope)))
            {
                case Truth.Met:
                    return then(scope);
                case Truth.NotMet:
                    return otherwise(scope);
            }

            var a = then(scope);
            var b = otherwise(scope);
            return !IsUnknown(a) && !IsUnknown(b) && ValueComparison.AreEqual(a!, b!) == true ? a : Unknown(node);
        };
    }

    /// <summary>The first option with a known value; the rest are not evaluated (nor traced).</summary>
    private CompiledExpr FirstKnown(FirstKnownExpr node)
    {
        var options = node.Options.Select(Node).ToArray();
        return scope =>
        {
            foreach (var option in options)
            {
                var value = option(scope);
                if (!IsUnknown(value))
                {
                    return value;
                }
            }

            return Unknown(node);
        };
    }

    /// <summary>How many conditions are met; conditions that do not apply are left out, an unknown or conflicting one makes it unknown.</summary>
    private CompiledExpr CountMet(CountMetExpr node)
    {
        var conditions = node.Conditions.Select(Node).ToArray();
        return scope =>
        {
            int met = 0;
            var unknown = false;
            for (var i = 0; i < conditions.Length; i++)
            {
                switch (Truths.ToTruth(conditions[i](scope)))
                {
                    case Truth.Met: met++; break;
                    case Truth.Unknown: unknown = true; break;
                    case Truth.Conflict: unknown = true; scope.Fail(UnknownReasons.Conflicting); break;
                }
            }

            return unknown ? null : new NumberValue(met);
        };
    }

    /// <summary>The smallest or largest option, as it was given (its own unit); unknown when any option is.</summary>
    private CompiledExpr Extreme(ExtremeExpr node)
    {
        var options = node.Options.Select(Node).ToArray();
        var largest = node.Largest;
        return scope =>
        {
            Value? best = null;
            var unknown = false;
            foreach (var option in options)
            {
                // Every option is evaluated, so the trace shows all of them whichever wins.
                var value = option(scope);
                if (value is null)
                {
                    unknown = true;
                }
                else if (best is null || (ValueComparison.Order(value, best) is { } order && (largest ? order > 0 : order < 0)))
                {
                    best = value;
                }
            }

            return unknown ? null : best;
        };
    }

    /// <summary>Unknown in the expression's type: a boolean is an unknown truth, anything else no value.</summary>
    private static TruthValue? Unknown(Expr node) => node.Type is Model.Types.BooleanType ? Truths.Unknown : null;
}
