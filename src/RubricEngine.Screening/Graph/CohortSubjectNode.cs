using RubricEngine.Model.Expressions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>The per-dossier value a cohort aggregation is taken over, such as <c>patents</c> in <c>share of patents</c>.</summary>
internal sealed class CohortSubjectNode : DeclarationNode
{
    internal CohortSubjectNode(CohortExpr aggregation, int ordinal)
        : base(NodeKind.CohortSubject, ExprFormatter.Format(aggregation.Subject), $"subject:{ExprFormatter.Format(aggregation.Subject)}")
    {
        Aggregation = aggregation;
        Ordinal = ordinal;
    }

    public CohortExpr Aggregation { get; }

    /// <summary>The subject's position among the graph's cohort subjects: its slot in <see cref="CohortFigures"/>.</summary>
    public int Ordinal { get; }

    internal CompiledExpr Subject { get; set; } = static _ => null;

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        Computed(result, "computed", Display.Value(result.Value));

    private protected override NodeResult Compute(NodeScope scope) => Done(scope, Subject(scope));
}
