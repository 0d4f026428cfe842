using RubricEngine.Model.Expressions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// A cohort aggregation's value for one dossier (the cohort's sum or mean, or the dossier's share, rank,
/// top-n or percentile), from the batch's <see cref="CohortFigures"/> and the dossier's own subject value.
/// </summary>
internal sealed class CohortStatementNode : DeclarationNode
{
    internal CohortStatementNode(CohortExpr aggregation, CohortSubjectNode subject)
        : base(NodeKind.CohortStatement, ExprFormatter.Format(aggregation), $"cohort:{ExprFormatter.Format(aggregation)}")
    {
        Aggregation = aggregation;
        Subject = subject;
        Reads = [subject];
    }

    public CohortExpr Aggregation { get; }

    public CohortSubjectNode Subject { get; }

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        Computed(result, "computed", Display.Value(result.Value));

    private protected override NodeResult Compute(NodeScope scope)
    {
        if (scope.Cohort is not { } cohort)
        {
            return Done(scope, null); // outside a cohort batch there is nothing to aggregate over
        }

        var own = scope.Result(Subject);
        var stats = cohort.Stats(Subject);
        var value = stats.ValueFor(Aggregation, own.Value, out var failure);
        scope.Fail(failure ?? (own.Value is null ? own.Reason : null));
        return new NodeResult(this, value, scope.TakeConditions(), IsUnknown(value) ? scope.Reason : null)
        {
            Cohort = stats.Figures(Aggregation, own.Value),
        };
    }
}
