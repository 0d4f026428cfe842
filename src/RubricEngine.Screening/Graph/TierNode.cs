using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Screening.Graph;

/// <summary>One tier's condition. Two tiers may give the same outcome; their rule names differ by position (<c>tier:a#2</c>).</summary>
internal sealed class TierNode : DeclarationNode
{
    internal TierNode(Tier declaration, int index, string? classification = null)
        : base(NodeKind.Tier, declaration.Outcome, classification is null ? $"tier:{declaration.Outcome}" : $"tier:{classification}.{declaration.Outcome}")
    {
        Declaration = declaration;
        Index = index;
    }

    public Tier Declaration { get; }

    /// <summary>The tier's position in the classification, best first.</summary>
    public int Index { get; }

    /// <summary>The inputs behind the condition, for the missing list of an undecided dossier.</summary>
    public IReadOnlyList<InputNode> InputsBehind { get; internal set; } = [];

    internal CompiledExpr Condition { get; set; } = static _ => null;

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        (result.Applicable ? result.Truth.ToWord() : "not_applicable", result.Truth.IsUndecided() ? result.Reason : null);

    /// <summary>A tier whose condition does not apply (only criteria outside their dates) is skipped, as such a gate is.</summary>
    private protected override NodeResult Compute(NodeScope scope)
    {
        var truth = Truths.ToTruth(Condition(scope));
        return truth == Truth.NotApplicable
            ? new NodeResult(this, Truths.NotMet, scope.TakeConditions(), null) { Applicable = false }
            : Done(scope, Truths.Of(truth));
    }

    private protected override NodeResult Unknown(NodeScope scope, string reason)
    {
        scope.Fail(reason);
        return Done(scope, Truths.Unknown);
    }
}
