using RubricEngine.Model.Values;

namespace RubricEngine.Model.Expressions;

/// <summary>
/// Writes a model expression as the rubric language writes it, with parentheses exactly where precedence needs
/// them. The formatter prints rubrics with it, and decisions quote conditions with it, so an auditor reads the
/// same text in both.
/// </summary>
public static class ExprText
{
    /// <summary>The expression as rubric-language text.</summary>
    public static string Format(Expr expr) => Writer.Instance.Visit(expr);

    private sealed class Writer : ExprVisitor<string>
    {
        public static Writer Instance { get; } = new();

        private const int ConditionalLevel = 0, OrLevel = 1, AndLevel = 2, NotLevel = 3, ComparisonLevel = 4, AddLevel = 5, MultiplyLevel = 6, NegateLevel = 7, PrimaryLevel = 8;

        private static int Level(Expr expr) => expr switch
        {
            BinaryExpr b => Level(b.Operator),
            UnaryExpr { Operator: UnaryOperator.Not } => NotLevel,
            UnaryExpr => NegateLevel,
            EvidenceTestExpr => ComparisonLevel, // "not x is known" is "not (x is known)", as for a comparison
            ConditionalExpr => ConditionalLevel, // its else branch runs to the end, so any operand position needs parentheses
            _ => PrimaryLevel,
        };

        private static int Level(BinaryOperator op) => op switch
        {
            BinaryOperator.Or => OrLevel,
            BinaryOperator.And => AndLevel,
            BinaryOperator.Add or BinaryOperator.Subtract => AddLevel,
            BinaryOperator.Multiply or BinaryOperator.Divide => MultiplyLevel,
            _ => ComparisonLevel,
        };

        /// <summary>The expression, in parentheses when its level is below the minimum its position allows.</summary>
        private string At(Expr expr, int minimum) => Level(expr) < minimum ? $"({Visit(expr)})" : Visit(expr);

        public override string VisitLiteral(LiteralExpr node) => ValueText.Literal(node.Value);

        public override string VisitReference(ReferenceExpr node) =>
            node.Kind == SymbolKind.AssessmentDate ? "assessment date" : node.Name;

        public override string VisitUnary(UnaryExpr node) => node.Operator == UnaryOperator.Not
            ? "not " + At(node.Operand, NotLevel)
            : "-" + At(node.Operand, NegateLevel);

        public override string VisitBinary(BinaryExpr node)
        {
            var level = Level(node.Operator);

            // Chains fold to the left, so the right operand needs parentheses at the same level; comparisons do not chain.
            var left = At(node.Left, level == ComparisonLevel ? level + 1 : level);
            var right = At(node.Right, level + 1);
            return $"{left} {node.Operator.Symbol()} {right}";
        }

        public override string VisitAnyOf(AnyOfExpr node)
        {
            var options = string.Join(", ", node.Options.Select(Visit));
            var head = node.Minimum == 1 ? "any of" : node.Minimum == node.Options.Count ? "all of" : $"at least {node.Minimum} of";
            return $"{head} ({options})";
        }

        public override string VisitListAggregate(ListAggregateExpr node)
        {
            var head = node.Function switch
            {
                ListFunction.Count => "count",
                ListFunction.Sum => "sum",
                ListFunction.Mean => "mean",
                ListFunction.Median => "median",
                ListFunction.Min => "min",
                ListFunction.Max => "max",
                ListFunction.StandardDeviation => "standard deviation",
                ListFunction.Any => "any",
                ListFunction.All => "all",
                _ => $"trimmed mean {ValueText.Plain((node.Parameter ?? 0) * 100)} %",
            };
            var text = node.Element switch
            {
                null => $"{head} of {node.List}",
                ReferenceExpr { Kind: SymbolKind.Field } field => $"{head} of {node.List}.{field.Name}",
                var element => $"{head} of {At(element, NegateLevel)} across {node.List}",
            };
            return node.Filter is null ? text : $"{text} where {At(node.Filter, PrimaryLevel)}";
        }

        public override string VisitConditional(ConditionalExpr node) =>
            $"if {Visit(node.Condition)} then {Visit(node.Then)} else {Visit(node.Otherwise)}";

        public override string VisitFirstKnown(FirstKnownExpr node) => $"first known of ({List(node.Options)})";

        public override string VisitCountMet(CountMetExpr node) => $"count of ({List(node.Conditions)})";

        public override string VisitExtreme(ExtremeExpr node) => $"{(node.Largest ? "max" : "min")} of ({List(node.Options)})";

        public override string VisitEvidenceTest(EvidenceTestExpr node) => $"{node.Subject.Name} {node.Check.Text}";

        private string List(IEnumerable<Expr> items) => string.Join(", ", items.Select(Visit));

        public override string VisitCohort(CohortExpr node)
        {
            var subject = At(node.Subject, NegateLevel);
            var n = ValueText.Plain(node.Parameter ?? 1);
            var text = node.Function switch
            {
                CohortFunction.Sum => $"cohort sum of {subject}",
                CohortFunction.Mean => $"cohort mean of {subject}",
                CohortFunction.Min => $"cohort min of {subject}",
                CohortFunction.Max => $"cohort max of {subject}",
                CohortFunction.Median => $"cohort median of {subject}",
                CohortFunction.Quantile => $"cohort percentile {ValueText.Plain((node.Parameter ?? 0) * 100)} % of {subject}",
                CohortFunction.Share => $"share of {subject}",
                CohortFunction.Rank => $"rank by {subject}",
                CohortFunction.TopN => $"top {n} by {subject}",
                CohortFunction.TopSum => $"top {n} sum of {subject}",
                CohortFunction.TopShare => $"top {n} share of {subject}",
                CohortFunction.Member => $"{subject} of {ValueText.Literal(new TextValue(node.Member ?? string.Empty))}",
                _ => $"percentile of {subject}",
            };
            return node.Filter is null ? text : $"{text} where {At(node.Filter, PrimaryLevel)}";
        }
    }
}
