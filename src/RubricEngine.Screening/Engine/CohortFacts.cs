using RubricEngine.Model.Expressions;
using RubricEngine.Model.Values;
using RubricEngine.Rete;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Engine;

/// <summary>The cohort statistics of one aggregation, inserted logically by the aggregate rule.</summary>
/// <param name="Node">The aggregation's index in the plan.</param>
/// <param name="Stats">The statistics; a new object whenever the cohort changes.</param>
internal sealed record CohortStatsFact(int Node, CohortStats Stats);

/// <summary>
/// Maintains a cohort's subject values as subject facts come and go. Each change yields a new
/// <see cref="CohortStats"/> (the engine compares results), built at most once per change.
/// </summary>
internal sealed class CohortAggregator : IAggregator<SubjectFact, CohortStats>
{
    private readonly Dictionary<int, Value?> _subjects = [];
    private CohortStats? _result;

    public bool HasResult => true;

    public CohortStats Result => _result ??= new CohortStats(_subjects.OrderBy(s => s.Key).Select(s => s.Value));

    public void Add(SubjectFact item)
    {
        _subjects[item.Dossier] = item.Value;
        _result = null;
    }

    public void Remove(SubjectFact item)
    {
        _subjects.Remove(item.Dossier);
        _result = null;
    }
}

/// <summary>Cohort values for one rule firing, from the matched statistics and the dossier's own subject facts.</summary>
internal sealed class MatchedCohort(RubricPlan plan) : ICohortValues
{
    private readonly CohortStats?[] _stats = new CohortStats?[plan.CohortNodes.Count];
    private readonly Value?[] _own = new Value?[plan.CohortNodes.Count];

    public void Add(CohortStatsFact fact) => _stats[fact.Node] = fact.Stats;

    public void Add(SubjectFact fact) => _own[int.Parse(fact.Name, System.Globalization.CultureInfo.InvariantCulture)] = fact.Value;

    public Value? Value(CohortExpr node, int position)
    {
        var n = plan.CohortIndex[node];
        var stats = _stats[n] ?? throw new InvalidOperationException("A rule reads a cohort aggregation it does not match on.");
        return stats.ValueFor(node, _own[n]);
    }
}
