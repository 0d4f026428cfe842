using System.Collections.Frozen;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// A rubric indexed once for screening: every declaration gets a slot number, so per-dossier state is
/// arrays rather than dictionaries, and the facts decisions report (thresholds, values used) are prepared.
/// Immutable and shared by all workers.
/// </summary>
internal sealed class RubricPlan
{
    public RubricPlan(Rubric rubric)
    {
        Rubric = rubric;
        Inputs = Index(rubric.Inputs.Select(i => i.Name));
        Derived = Index(rubric.Derived.Select(d => d.Name));
        Criteria = Index(rubric.Criteria.Select(c => c.Name));
        IndicatorList = [.. rubric.Indicators];
        Indicators = Index(IndicatorList.Select(i => i.Name));
        Groups = Index(rubric.Groups.Select(g => g.Name));
        CohortNodes = [.. rubric.AllExpressions().SelectMany(ExprWalker.Descendants).OfType<CohortExpr>().Distinct(ReferenceEqualityComparer.Instance).Cast<CohortExpr>()];
        CohortIndex = CohortNodes.Select((n, i) => (n, i)).ToDictionary(x => (object)x.n, x => x.i, ReferenceEqualityComparer.Instance);
        CriterionFacts = [.. rubric.Criteria.Select(c => new CriterionFacts(c))];
        DerivedInputs = [.. rubric.Derived.Select(d => InputsBehind(d.Expression))];
    }

    public Rubric Rubric { get; }

    public FrozenDictionary<string, int> Inputs { get; }

    public FrozenDictionary<string, int> Derived { get; }

    public FrozenDictionary<string, int> Criteria { get; }

    public IReadOnlyList<Indicator> IndicatorList { get; }

    public FrozenDictionary<string, int> Indicators { get; }

    public FrozenDictionary<string, int> Groups { get; }

    /// <summary>Every cohort aggregation of the rubric, each computed once per batch.</summary>
    public IReadOnlyList<CohortExpr> CohortNodes { get; }

    public IReadOnlyDictionary<object, int> CohortIndex { get; }

    public IReadOnlyList<CriterionFacts> CriterionFacts { get; }

    /// <summary>For each derived value, the inputs it depends on (transitively), for its evidence.</summary>
    public IReadOnlyList<IReadOnlyList<string>> DerivedInputs { get; }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Expr, IReadOnlyList<string>> _inputsBehind = [];

    /// <summary>The inputs an expression depends on, through derived values, in first-use order (computed once per node).</summary>
    public IReadOnlyList<string> InputsBehind(Expr expr) => _inputsBehind.GetValue(expr, ComputeInputsBehind);

    private List<string> ComputeInputsBehind(Expr expr)
    {
        var seen = new List<string>();
        void Walk(Expr e, int depth)
        {
            var lists = ExprWalker.Descendants(e).OfType<ListAggregateExpr>().Select(l => l.List);
            foreach (var name in ExprWalker.References(e, SymbolKind.Input).Concat(lists).Where(n => !seen.Contains(n)))
            {
                seen.Add(name);
            }

            foreach (var derived in ExprWalker.References(e, SymbolKind.Derived))
            {
                // Depth bounds a cycle the binder should already have rejected.
                if (depth < 64 && Rubric.Derived.FirstOrDefault(d => d.Name == derived) is { } d)
                {
                    Walk(d.Expression, depth + 1);
                }
            }
        }

        Walk(expr, 0);
        return seen;
    }

    private static FrozenDictionary<string, int> Index(IEnumerable<string> names) =>
        names.Select((n, i) => (n, i)).ToFrozenDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
}
