using RubricEngine.Model.Expressions;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>The results of the rubric's cohort aggregations for each dossier of a batch.</summary>
internal interface ICohortValues
{
    /// <summary>The value of a cohort aggregation for the dossier at a position of the cohort.</summary>
    Value? Value(CohortExpr node, int position);
}
