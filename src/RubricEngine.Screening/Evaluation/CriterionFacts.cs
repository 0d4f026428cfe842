using RubricEngine.Model.Collections;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Screening.Evaluation;

/// <summary>What a decision reports about a criterion besides its verdict: its condition, thresholds and the values it reads.</summary>
internal sealed class CriterionFacts
{
    public CriterionFacts(Criterion criterion)
    {
        Criterion = criterion;
        Condition = ExprFormatter.Format(criterion.Condition);
        Thresholds = [.. ExprWalker.Descendants(criterion.Condition).OfType<BinaryExpr>()
            .Where(b => b.Operator.IsComparison())
            .Select(ExprFormatter.Threshold).OfType<string>()];
        ValuesUsed = ValuesUsedBy(criterion.Condition);
    }

    /// <summary>The inputs and derived values a condition reads, in first-use order (also for notes).</summary>
    public static IReadOnlyList<(string Name, SymbolKind Kind)> ValuesUsedBy(Expr condition) =>
        // Inputs and derived values by name, and list inputs through their aggregations (mean of panel.x reads panel).
        [.. ExprWalker.Descendants(condition)
            .Select(e => e switch
            {
                ReferenceExpr { Kind: SymbolKind.Input or SymbolKind.Derived } r => (Name: r.Name, r.Kind),
                ListAggregateExpr l => (Name: l.List, Kind: SymbolKind.Input),
                _ => (Name: (string?)null, Kind: SymbolKind.Input),
            })
            .Where(v => v.Name is not null)
            .Select(v => (v.Name!, v.Kind))
            .Distinct()];

    public Criterion Criterion { get; }

    /// <summary>The condition as text, for the decision and trace.</summary>
    public string Condition { get; }

    /// <summary>Each comparison with a constant side, such as <c>&lt;= 100 gCO2e/kWh</c>.</summary>
    public ValueArray<string> Thresholds { get; }

    /// <summary>The inputs and derived values the condition reads, in first-use order.</summary>
    public IReadOnlyList<(string Name, SymbolKind Kind)> ValuesUsed { get; }
}
