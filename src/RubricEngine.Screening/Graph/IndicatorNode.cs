using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>An indicator's score: a number, or 1 / 0 for a boolean indicator met / not met.</summary>
internal sealed class IndicatorNode : DeclarationNode
{
    internal IndicatorNode(Indicator declaration)
        : base(NodeKind.Indicator, declaration.Name, $"indicator:{declaration.Name}") => Declaration = declaration;

    public Indicator Declaration { get; }

    /// <summary>The inputs behind the score, for the decision's missing list.</summary>
    public IReadOnlyList<InputNode> InputsBehind { get; internal set; } = [];

    internal CompiledExpr Score { get; set; } = static _ => null;

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        Computed(result, "scored", Display.Number(result.Number));

    private protected override NodeResult Compute(NodeScope scope)
    {
        var value = Score(scope);
        var score = value is TruthValue t
            ? t.Truth switch { Truth.Met => Numbers.One, Truth.NotMet => Numbers.Zero, _ => null }
            : value is NumberValue n ? n : ValueMath.ToNumber(value) is { } number ? new NumberValue(number) : null;
        return Done(scope, score);
    }
}

/// <summary>Shared number values.</summary>
internal static class Numbers
{
    public static readonly NumberValue One = new(1m);
    public static readonly NumberValue Zero = new(0m);

    public static NumberValue? Of(decimal? value) => value is { } v ? new NumberValue(v) : null;
}
