using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// The overall score: the groups' subtotals combined by weighted mean or weighted sum. A score over scored
/// indicators (<see cref="PartialScoring"/>) also reads the indicators: it is unknown when a required indicator
/// is unscored or the unscored share of its weight is above the rubric's limit, and otherwise combines the groups
/// that have a subtotal (a weighted mean renormalises over their weights; a sum cannot, so it needs them all).
/// </summary>
internal sealed class ScoreNode : DeclarationNode
{
    internal ScoreNode(ScoreDefinition declaration, IReadOnlyList<GroupNode> groups)
        : base(NodeKind.Score, declaration.Name, $"score:{declaration.Name}")
    {
        Declaration = declaration;
        Groups = groups;
        Reads = declaration.Partial is null ? groups : [.. groups, .. groups.SelectMany(g => g.Indicators)];
        Required = declaration.Partial is { } partial
            ? [.. partial.Required.Select(name => groups.SelectMany(g => g.Indicators).First(i => i.Name == name))]
            : [];
    }

    public ScoreDefinition Declaration { get; }

    /// <summary>The groups combined, in declaration order.</summary>
    public IReadOnlyList<GroupNode> Groups { get; }

    /// <summary>The indicators a score over scored indicators cannot do without, in the order written.</summary>
    public IReadOnlyList<IndicatorNode> Required { get; }

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        Computed(result, "scored", Display.Number(result.Number));

    /// <summary>The share of the score's weight whose indicators are unscored: each indicator's share of its group times the group's share.</summary>
    public decimal UnscoredShare(Func<IndicatorNode, bool> isScored)
    {
        decimal total = 0, unscored = 0;
        foreach (var group in Groups)
        {
            total += group.Declaration.Weight;
            decimal weights = 0, missing = 0;
            foreach (var indicator in group.Indicators)
            {
                weights += indicator.Declaration.Weight;
                missing += isScored(indicator) ? 0 : indicator.Declaration.Weight;
            }

            unscored += missing == 0 ? 0 : group.Declaration.Weight * missing / weights;
        }

        return unscored / total;
    }

    private protected override NodeResult Compute(NodeScope scope)
    {
        if (Declaration.Partial is { } partial)
        {
            // Nothing scored at all (no panel, say): unknown for the reason the groups are, not for a rule.
            if (!WeightedParts.TrySumScored(scope, Groups, static g => g.Declaration.Weight, out var scoredSum, out var scoredWeights))
            {
                return Done(scope, null);
            }

            foreach (var indicator in Required)
            {
                if (scope.Result(indicator).Number is null)
                {
                    return Unknown(scope, $"required indicator '{indicator.Name}' is not scored");
                }
            }

            var share = UnscoredShare(indicator => scope.Result(indicator).Number is not null);
            if (share > partial.MaxUnscoredShare)
            {
                return Unknown(scope, $"{Display.Percent(share)} of the weight is unscored, more than {Display.Percent(partial.MaxUnscoredShare)}");
            }

            if (Declaration.Method == ScoreMethod.WeightedMean)
            {
                return Done(scope, Numbers.Of(scoredSum / scoredWeights));
            }
        }

        if (!WeightedParts.TrySum(scope, Groups, static g => g.Declaration.Weight, out var sum, out var weights))
        {
            return Done(scope, null);
        }

        if (Declaration.Method == ScoreMethod.WeightedSum)
        {
            return Done(scope, Numbers.Of(sum));
        }

        return weights == 0 ? Unknown(scope, UnknownReasons.DivisionByZero) : Done(scope, Numbers.Of(sum / weights));
    }
}
