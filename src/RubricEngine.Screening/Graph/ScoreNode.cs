using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>The overall score: the groups' subtotals combined by weighted mean or weighted sum.</summary>
internal sealed class ScoreNode : DeclarationNode
{
    internal ScoreNode(ScoreDefinition declaration, IReadOnlyList<GroupNode> groups)
        : base(NodeKind.Score, declaration.Name, $"score:{declaration.Name}")
    {
        Declaration = declaration;
        Groups = groups;
        Reads = groups;
    }

    public ScoreDefinition Declaration { get; }

    /// <summary>The groups combined, in declaration order.</summary>
    public IReadOnlyList<GroupNode> Groups { get; }

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        Computed(result, "scored", Display.Number(result.Number));

    private protected override NodeResult Compute(NodeScope scope)
    {
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
