using RubricEngine.Model.Expressions;

namespace RubricEngine.Screening.Engine;

/// <summary>One fact a rule needs: a declaration of some kind, by name (a cohort aggregation by index).</summary>
internal readonly record struct Dependency(SymbolKind Kind, string Name, int CohortNode = -1)
{
    public bool IsCohort => CohortNode >= 0;

    /// <summary>The declarations an expression reads directly, in first-use order.</summary>
    public static List<Dependency> Of(Expr expr, Evaluation.RubricPlan plan)
    {
        var result = new List<Dependency>();
        foreach (var node in ExprWalker.Descendants(expr))
        {
            var dependency = node switch
            {
                ReferenceExpr { Kind: SymbolKind.Input or SymbolKind.Derived or SymbolKind.Criterion or SymbolKind.Indicator or SymbolKind.Group or SymbolKind.Score } r
                    => new Dependency(r.Kind, r.Name),
                ListAggregateExpr l => new Dependency(SymbolKind.Input, l.List),
                CohortExpr c => new Dependency(SymbolKind.Score, $"cohort#{plan.CohortIndex[c]}", plan.CohortIndex[c]),
                _ => (Dependency?)null,
            };
            if (dependency is { } d && !result.Contains(d))
            {
                result.Add(d);
            }
        }

        return result;
    }
}
