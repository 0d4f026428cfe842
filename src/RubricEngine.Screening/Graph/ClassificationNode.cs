using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// One of the rubric's classifications (the unnamed one, or a named one, subject to the gates it names). A gate not met gives the fallback (a definite failure outranks missing
/// data); otherwise an unknown gate gives insufficient evidence. Then the first tier met wins, unless an
/// earlier tier is unknown (it might have applied): that is insufficient evidence. No tier met: the fallback.
/// Outcome values and reasons are made once per rubric, so a decision allocates none.
/// </summary>
internal sealed class ClassificationNode : DeclarationNode
{
    private readonly TextValue _fallback;
    private readonly TextValue _insufficient = new(Rubric.InsufficientEvidence);
    private readonly string[] _gateNotMet;
    private readonly string[] _gateUnknown;
    private readonly TextValue[] _tierOutcomes;
    private readonly string[] _tierMet;
    private readonly string[] _tierUnknown;

    internal ClassificationNode(Classification declaration, IReadOnlyList<CriterionNode> gates, IReadOnlyList<TierNode> tiers)
        : base(NodeKind.Classification, declaration.Name ?? "classification", declaration.Name is null ? "classification" : $"classification:{declaration.Name}")
    {
        Declaration = declaration;
        Gates = gates;
        Tiers = tiers;
        Reads = [.. gates, .. tiers];
        _fallback = new TextValue(declaration.Fallback);
        _gateNotMet = [.. gates.Select(g => $"gate '{g.Name}' is not met")];
        _gateUnknown = [.. gates.Select(g => $"gate '{g.Name}' is unknown")];
        _tierOutcomes = [.. tiers.Select(t => new TextValue(t.Name))];
        _tierMet = [.. tiers.Select(t => $"tier '{t.Name}' is met")];
        _tierUnknown = [.. tiers.Select(t => $"tier '{t.Name}' is unknown")];
    }

    public Classification Declaration { get; }

    /// <summary>The gates, in declaration order.</summary>
    public IReadOnlyList<CriterionNode> Gates { get; }

    /// <summary>The tiers, best first.</summary>
    public IReadOnlyList<TierNode> Tiers { get; }

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        (result.Value?.ToDisplayString() ?? Rubric.InsufficientEvidence, result.Reason);

    private protected override NodeResult Compute(NodeScope scope)
    {
        var unknownGate = -1;
        for (var i = 0; i < Gates.Count; i++)
        {
            var gate = scope.Result(Gates[i]);
            if (!gate.Applicable)
            {
                continue;
            }

            switch (gate.Truth)
            {
                case Truth.NotMet:
                    return Decided(_fallback, _gateNotMet[i]);
                case Truth.Unknown when unknownGate < 0:
                    unknownGate = i;
                    break;
            }
        }

        if (unknownGate >= 0)
        {
            return Decided(_insufficient, Because(_gateUnknown[unknownGate], scope.Result(Gates[unknownGate]).Reason));
        }

        for (var i = 0; i < Tiers.Count; i++)
        {
            var tier = scope.Result(Tiers[i]);
            switch (tier.Truth)
            {
                case Truth.Met:
                    return Decided(_tierOutcomes[i], _tierMet[i]);
                case Truth.Unknown:
                    return Decided(_insufficient, Because(_tierUnknown[i], tier.Reason));
            }
        }

        return Decided(_fallback, "no tier is met");
    }

    private protected override NodeResult Unknown(NodeScope scope, string reason) => Decided(_insufficient, reason);

    private NodeResult Decided(TextValue outcome, string reason) => new(this, outcome, [], reason);

    /// <summary>An unknown gate or tier with a computed reason (overflow, division by zero...) says so in the decision's reason.</summary>
    private static string Because(string unknown, string? reason) =>
        reason is UnknownReasons.Overflow or UnknownReasons.DivisionByZero ? $"{unknown} ({reason})" : unknown;
}
