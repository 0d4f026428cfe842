using RubricEngine.Model.Expressions;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// Expression text for decisions and traces: the rubric's own wording (<see cref="ExprText"/>), cached per node,
/// and each comparison's threshold (<c>&lt;= 100 gCO2e/kWh</c>).
/// </summary>
internal static class ExprFormatter
{
    // Traces format the same comparison nodes for every dossier; the model is immutable, so text is cached per node.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Expr, string> Cache = [];

    public static string Format(Expr expr) => Cache.GetValue(expr, ExprText.Format);

    /// <summary>The comparison as "operator constant", with the constant on the right; null when neither side is constant.</summary>
    public static string? Threshold(BinaryExpr comparison) => comparison switch
    {
        { Right: LiteralExpr r } => $"{comparison.Operator.Symbol()} {Literal(r.Value)}",
        { Left: LiteralExpr l } => $"{comparison.Operator.Mirrored().Symbol()} {Literal(l.Value)}",
        _ => null,
    };

    private static string Literal(Value value) => ValueText.Literal(value);
}
