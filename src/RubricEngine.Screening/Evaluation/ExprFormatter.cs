using System.Globalization;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// Writes model expressions as short, readable text for decisions and traces (<c>lifecycle_emissions &lt;= 100 gCO2e/kWh</c>).
/// It is for people, not for parsing back: the Language project owns the DSL's own formatter.
/// </summary>
internal static class ExprFormatter
{
    // Traces format the same comparison nodes for every dossier; the model is immutable, so text is cached per node.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Expr, string> Cache = [];

    public static string Format(Expr expr) => Cache.GetValue(expr, FormatUncached);

    private static string FormatUncached(Expr expr) => expr switch
    {
        LiteralExpr l => Literal(l.Value),
        ReferenceExpr r => r.Kind == SymbolKind.AssessmentDate ? "assessment_date" : r.Name,
        UnaryExpr { Operator: UnaryOperator.Not } u => $"not {Wrapped(u.Operand)}",
        UnaryExpr u => $"-{Wrapped(u.Operand)}",
        BinaryExpr b => $"{Wrapped(b.Left)} {b.Operator.Symbol()} {Wrapped(b.Right)}",
        AnyOfExpr a => a.Minimum == 1
            ? $"any of ({string.Join(", ", a.Options.Select(Format))})"
            : string.Create(CultureInfo.InvariantCulture, $"at least {a.Minimum} of ({string.Join(", ", a.Options.Select(Format))})"),
        ListAggregateExpr { Function: ListFunction.Count } c => $"count of {c.List}",
        ListAggregateExpr l => $"{ListWord(l)} of {l.List}.{(l.Element is null ? "?" : Format(l.Element))}",
        CohortExpr c => c.Function == CohortFunction.TopN
            ? string.Create(CultureInfo.InvariantCulture, $"top {c.Parameter} by {Wrapped(c.Subject)}")
            : $"{CohortWord(c.Function)} {Wrapped(c.Subject)}",
        _ => expr.GetType().Name,
    };

    public static bool IsComparison(BinaryOperator op) =>
        op is BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater
            or BinaryOperator.GreaterOrEqual or BinaryOperator.Equal or BinaryOperator.NotEqual;

    /// <summary>The comparison as "operator constant", with the constant on the right; null when neither side is constant.</summary>
    public static string? Threshold(BinaryExpr comparison) => comparison switch
    {
        { Right: LiteralExpr r } => $"{comparison.Operator.Symbol()} {Literal(r.Value)}",
        { Left: LiteralExpr l } => $"{Flip(comparison.Operator).Symbol()} {Literal(l.Value)}",
        _ => null,
    };

    private static BinaryOperator Flip(BinaryOperator op) => op switch
    {
        BinaryOperator.Less => BinaryOperator.Greater,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.Greater => BinaryOperator.Less,
        BinaryOperator.GreaterOrEqual => BinaryOperator.LessOrEqual,
        _ => op,
    };

    private static string Wrapped(Expr expr) => expr is BinaryExpr or AnyOfExpr ? $"({Format(expr)})" : Format(expr);

    private static string Literal(Value value) => value is TextValue t ? $"\"{t.Text}\"" : value.ToDisplayString();

    private static string ListWord(ListAggregateExpr l) => l.Function switch
    {
        ListFunction.TrimmedMean => string.Create(CultureInfo.InvariantCulture, $"trimmed mean {(l.Parameter ?? 0) * 100:0.##}%"),
        ListFunction.StandardDeviation => "stddev",
        _ => l.Function.ToString().ToLowerInvariant(),
    };

    private static string CohortWord(CohortFunction function) => function switch
    {
        CohortFunction.Rank => "rank by",
        CohortFunction.Percentile => "percentile of",
        CohortFunction.Share => "share of",
        CohortFunction.Mean => "cohort mean of",
        _ => "cohort sum of",
    };
}
