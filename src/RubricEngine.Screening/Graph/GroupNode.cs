using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>A group's subtotal: the weighted mean of its indicators, unknown when any indicator is.</summary>
internal sealed class GroupNode : DeclarationNode
{
    internal GroupNode(IndicatorGroup declaration, IReadOnlyList<IndicatorNode> indicators)
        : base(NodeKind.Group, declaration.Name, $"group:{declaration.Name}")
    {
        Declaration = declaration;
        Indicators = indicators;
        Reads = indicators;
    }

    public IndicatorGroup Declaration { get; }

    /// <summary>The group's indicators, in declaration order.</summary>
    public IReadOnlyList<IndicatorNode> Indicators { get; }

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        Computed(result, "scored", Display.Number(result.Number));

    private protected override NodeResult Compute(NodeScope scope)
    {
        decimal sum = 0, weights = 0;
        for (var i = 0; i < Indicators.Count; i++)
        {
            var indicator = scope.Result(Indicators[i]);
            if (indicator.Number is not { } score)
            {
                scope.Fail(indicator.Reason);
                return Done(scope, null);
            }

            var weight = Indicators[i].Declaration.Weight;
            sum += weight * score; // an overflow throws, and Evaluate makes it unknown with its reason
            weights += weight;
        }

        return weights == 0 ? Unknown(scope, UnknownReasons.DivisionByZero) : Done(scope, Numbers.Of(sum / weights));
    }
}
