using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// Cohort aggregations over a whole batch for the direct engine, computed in a first pass before any
/// dossier is decided: each dossier's subject values, then one <see cref="CohortStats"/> per aggregation.
/// </summary>
internal sealed class CohortTable : ICohortValues
{
    private readonly RubricPlan _plan;
    private readonly Value?[][] _subjects; // [node][position]
    private readonly CohortStats[] _stats;

    public CohortTable(RubricPlan plan, IReadOnlyList<Dossier> cohort)
    {
        _plan = plan;
        _subjects = [.. plan.CohortNodes.Select(_ => new Value?[cohort.Count])];
        for (var p = 0; p < cohort.Count; p++)
        {
            var evaluation = new DossierEvaluation(plan, cohort[p], cohort: null, p, recordTrace: false);
            for (var n = 0; n < plan.CohortNodes.Count; n++)
            {
                _subjects[n][p] = evaluation.Evaluate(plan.CohortNodes[n].Subject);
            }
        }

        _stats = [.. _subjects.Select(values => new CohortStats(values))];
    }

    public Value? Value(CohortExpr node, int position)
    {
        var n = _plan.CohortIndex[node];
        return _stats[n].ValueFor(node, _subjects[n][position]);
    }
}
