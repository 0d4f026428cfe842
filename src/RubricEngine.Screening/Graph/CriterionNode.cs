using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// A criterion or gate. Outside its date range it does not apply: <see cref="NodeResult.Applicable"/> is false (its
/// stored value is met), and a reference to it reads <see cref="Truth.NotApplicable"/>, neutral in every position;
/// a condition made only of criteria that do not apply makes the criterion not apply either. A dated criterion
/// without an assessment date is unknown. With an input whose policy ends in <c>agree on verdict</c> left in
/// conflict, the condition is judged once per candidate (CriterionAgreement.cs).
/// </summary>
internal sealed partial class CriterionNode : DeclarationNode
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
        (result.Applicable ? result.Truth.ToWord() : "not_applicable", result.Truth.IsUndecided() ? result.Reason : null);

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

        if (Agreeing.Count > 0 && Agreement(scope) is { } agreed)
        {
            return agreed;
        }

        var truth = Truths.ToTruth(Condition(scope));
        return truth == Truth.NotApplicable
            ? new NodeResult(this, Truths.Met, scope.TakeConditions(), null) { Applicable = false }
            : Done(scope, Truths.Of(truth));
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
    public static readonly TruthValue Conflict = new(Truth.Conflict);
    public static readonly TruthValue NotApplicable = new(Truth.NotApplicable);

    public static TruthValue Of(Truth truth) => truth switch
    {
        Truth.Met => Met,
        Truth.NotMet => NotMet,
        Truth.Conflict => Conflict,
        Truth.NotApplicable => NotApplicable,
        _ => Unknown,
    };

    public static Truth ToTruth(Value? value) => value is TruthValue t ? t.Truth : Truth.Unknown;
}
