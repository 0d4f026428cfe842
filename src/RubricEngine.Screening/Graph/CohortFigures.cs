using RubricEngine.Model.Values;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// The cohort figures of one batch: for each cohort subject node, the statistics of every dossier's
/// subject value (sorted once, summed once). Computed once per batch from the dossiers' subject results,
/// then read by cohort statement nodes for each dossier: a cohort costs n log n, never n².
/// </summary>
internal sealed class CohortFigures
{
    private readonly CohortStats[] _stats;

    /// <summary>Figures from each subject node's results over the cohort: <paramref name="subjects"/>[ordinal][dossier].</summary>
    /// <param name="subjects">Each subject node's values, by dossier.</param>
    /// <param name="ids">The dossiers' ids, for subjects read by id (<c>sales of "Shanghai"</c>): <paramref name="byId"/>[ordinal] says which.</param>
    /// <param name="byId">Which subjects are read by member id; null for none.</param>
    public CohortFigures(IReadOnlyList<IReadOnlyList<Value?>> subjects, IReadOnlyList<string>? ids = null, IReadOnlyList<bool>? byId = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        _stats = new CohortStats[subjects.Count];
        for (var i = 0; i < _stats.Length; i++)
        {
            _stats[i] = new CohortStats(subjects[i], byId is not null && byId[i] ? ids : null);
        }
    }

    /// <summary>The statistics of one subject.</summary>
    public CohortStats Stats(CohortSubjectNode subject) => _stats[subject.Ordinal];

    /// <summary>
    /// Evaluates, for every dossier, only the nodes the cohort subjects depend on, and gathers the figures.
    /// Node evaluation is pure, so this is the same for either engine.
    /// </summary>
    public static CohortFigures Compute(DeclarationGraph graph, IReadOnlyList<Model.Dossiers.Dossier> cohort)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(cohort);
        var subjects = new Value?[graph.CohortSubjects.Count][];
        for (var s = 0; s < subjects.Length; s++)
        {
            subjects[s] = new Value?[cohort.Count];
        }

        var scope = new NodeScope(graph, recordConditions: false);
        var prefix = graph.CohortPrefix;
        for (var d = 0; d < cohort.Count; d++)
        {
            scope.Reset(cohort[d], null);
            foreach (var node in prefix)
            {
                var result = scope.Evaluate(node);
                if (node is CohortSubjectNode subject)
                {
                    subjects[subject.Ordinal][d] = result.Value;
                }
            }
        }

        var ids = cohort.Select(d => d.Id).ToArray();
        var byId = graph.CohortSubjects.Select(s => s.Aggregation.Function == Model.Expressions.CohortFunction.Member).ToArray();
        return new CohortFigures(subjects, ids, byId);
    }
}
