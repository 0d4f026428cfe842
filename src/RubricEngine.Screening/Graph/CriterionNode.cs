using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// A criterion or gate. Outside its date range it does not apply: its value is then met (neutral in "and";
/// "or" and "any of" skip it) and <see cref="NodeResult.Applicable"/> is false. A dated criterion without an
/// assessment date is unknown.
/// </summary>
internal sealed class CriterionNode : DeclarationNode
{
    internal CriterionNode(Criterion declaration)
        : base(
            declaration.Kind == CriterionKind.Gate ? NodeKind.Gate : NodeKind.Criterion,
            declaration.Name,
            $"{(declaration.Kind == CriterionKind.Gate ? "gate" : "criterion")}:{declaration.Name}")
    {
        Declaration = declaration;
        Facts = new CriterionFacts(declaration);
    }

    public Criterion Declaration { get; }

    /// <summary>What the decision reports besides the verdict: condition text, thresholds, values used.</summary>
    public CriterionFacts Facts { get; }

    /// <summary>The input and derived nodes of <see cref="CriterionFacts.ValuesUsed"/>, in the same order.</summary>
    public IReadOnlyList<DeclarationNode> ValuesUsed { get; internal set; } = [];

    /// <summary>The inputs behind the condition (through derived values), for the decision's missing list.</summary>
    public IReadOnlyList<InputNode> InputsBehind { get; internal set; } = [];

    internal CompiledExpr Condition { get; set; } = static _ => null;

    /// <summary>True when the criterion has a date range.</summary>
    public bool IsDated => Declaration.From is not null || Declaration.Until is not null;

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        (result.Applicable ? result.Truth.ToWord() : "not_applicable", result.Truth == Truth.Unknown ? result.Reason : null);

    private protected override NodeResult Compute(NodeScope scope)
    {
        if (IsDated)
        {
            if (scope.Dossier.AssessmentDate is not { } date)
            {
                scope.Fail(UnknownReasons.NoAssessmentDate);
                return Done(scope, Truths.Unknown);
            }

            if (!Declaration.AppliesOn(date))
            {
                return new NodeResult(this, Truths.Met, [], null) { Applicable = false };
            }
        }

        return Done(scope, Truths.Of(Truths.ToTruth(Condition(scope))));
    }

    private protected override NodeResult Unknown(NodeScope scope, string reason)
    {
        scope.Fail(reason);
        return Done(scope, Truths.Unknown);
    }
}

/// <summary>The three truth values as shared values, so a verdict allocates nothing.</summary>
internal static class Truths
{
    public static readonly TruthValue Met = new(Truth.Met);
    public static readonly TruthValue NotMet = new(Truth.NotMet);
    public static readonly TruthValue Unknown = new(Truth.Unknown);

    public static TruthValue Of(Truth truth) => truth switch
    {
        Truth.Met => Met,
        Truth.NotMet => NotMet,
        _ => Unknown,
    };

    public static Truth ToTruth(Value? value) => value is TruthValue t ? t.Truth : Truth.Unknown;
}
