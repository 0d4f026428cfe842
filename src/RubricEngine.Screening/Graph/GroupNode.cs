using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// A group's subtotal: the weighted mean of its indicators, unknown when any indicator is; or, in a score over
/// scored indicators, the weighted mean of those scored (renormalised over their weights), unknown when none is.
/// </summary>
internal sealed class GroupNode : DeclarationNode
{
    internal GroupNode(IndicatorGroup declaration, IReadOnlyList<IndicatorNode> indicators, bool overScored)
        : base(NodeKind.Group, declaration.Name, $"group:{declaration.Name}")
    {
        Declaration = declaration;
        Indicators = indicators;
        Reads = indicators;
        OverScored = overScored;
    }

    /// <summary>True when the group is the weighted mean of its scored indicators only.</summary>
    public bool OverScored { get; }

    public IndicatorGroup Declaration { get; }

    /// <summary>The group's indicators, in declaration order.</summary>
    public IReadOnlyList<IndicatorNode> Indicators { get; }

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        Computed(result, "scored", Display.Number(result.Number));

    private protected override NodeResult Compute(NodeScope scope)
    {
        if (OverScored)
        {
            return WeightedParts.TrySumScored(scope, Indicators, static i => i.Declaration.Weight, out var scoredSum, out var scoredWeights)
                ? Done(scope, Numbers.Of(scoredSum / scoredWeights))
                : Done(scope, null);
        }

        if (!WeightedParts.TrySum(scope, Indicators, static i => i.Declaration.Weight, out var sum, out var weights))
        {
            return Done(scope, null);
        }

        return weights == 0 ? Unknown(scope, UnknownReasons.DivisionByZero) : Done(scope, Numbers.Of(sum / weights));
    }
}
