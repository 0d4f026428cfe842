using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// One of the rubric's classifications (the unnamed one, or a named one, subject to the gates it names). A gate not
/// met gives the fallback (a definite failure outranks missing data); otherwise an undecided gate decides: in
/// conflict, the rubric's <c>on conflict</c> outcome; unknown, its <c>on unknown</c> outcome (both default to
/// insufficient evidence, and a conflict without <c>on conflict</c> is treated as unknown). Then the first tier met
/// wins, unless an earlier tier is undecided (it might have applied), which decides the same way. No tier met: the
/// fallback. Outcome values and reasons are made once per rubric.
/// </summary>
internal sealed class ClassificationNode : DeclarationNode
{
    private readonly TextValue _fallback;
    private readonly TextValue _insufficient;
    private readonly TextValue _conflicted;
    private readonly string[] _gateNotMet;
    private readonly string[] _gateUnknown;
    private readonly TextValue[] _tierOutcomes;
    private readonly string[] _tierMet;
    private readonly string[] _tierUnknown;
    private readonly string[] _gateConflict;
    private readonly string[] _tierConflict;

    internal ClassificationNode(Classification declaration, IReadOnlyList<CriterionNode> gates, IReadOnlyList<TierNode> tiers)
        : base(NodeKind.Classification, declaration.Name ?? "classification", declaration.Name is null ? "classification" : $"classification:{declaration.Name}")
    {
        Declaration = declaration;
        Gates = gates;
        Tiers = tiers;
        Reads = [.. gates, .. tiers];
        _fallback = new TextValue(declaration.Fallback);
        _insufficient = new TextValue(declaration.OnUnknown ?? Rubric.InsufficientEvidence);
        _conflicted = declaration.OnConflict is { } onConflict ? new TextValue(onConflict) : _insufficient;
        _gateNotMet = [.. gates.Select(g => $"gate '{g.Name}' is not met")];
        _gateUnknown = [.. gates.Select(g => $"gate '{g.Name}' is unknown")];
        _gateConflict = [.. gates.Select(g => $"gate '{g.Name}' is in conflict")];
        _tierOutcomes = [.. tiers.Select(t => new TextValue(t.Name))];
        _tierMet = [.. tiers.Select(t => $"tier '{t.Name}' is met")];
        _tierUnknown = [.. tiers.Select(t => $"tier '{t.Name}' is unknown")];
        _tierConflict = [.. tiers.Select(t => $"tier '{t.Name}' is in conflict")];
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
        // The first gate in conflict, else the first unknown one: conflict outranks unknown, as in "and".
        int unknownGate = -1, conflictGate = -1;
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
                case Truth.Conflict when conflictGate < 0:
                    conflictGate = i;
                    break;
            }
        }

        if (conflictGate >= 0)
        {
            return Undecided(_conflicted, _gateConflict[conflictGate]);
        }

        if (unknownGate >= 0)
        {
            return Undecided(_insufficient, Because(_gateUnknown[unknownGate], scope.Result(Gates[unknownGate]).Reason));
        }

        for (var i = 0; i < Tiers.Count; i++)
        {
            var tier = scope.Result(Tiers[i]);
            if (!tier.Applicable)
            {
                continue;
            }

            switch (tier.Truth)
            {
                case Truth.Met:
                    return Decided(_tierOutcomes[i], _tierMet[i]);
                case Truth.Unknown:
                    return Undecided(_insufficient, Because(_tierUnknown[i], tier.Reason));
                case Truth.Conflict:
                    return Undecided(_conflicted, _tierConflict[i]);
            }
        }

        return Decided(_fallback, "no tier is met");
    }

    private protected override NodeResult Unknown(NodeScope scope, string reason) => Undecided(_insufficient, reason);

    private NodeResult Decided(TextValue outcome, string reason) => new(this, outcome, [], reason);

    /// <summary>An outcome for an undecided classification: the decision then lists the evidence that could still decide it.</summary>
    private NodeResult Undecided(TextValue outcome, string reason) => new(this, outcome, [], reason) { Undecided = true };

    /// <summary>An unknown gate or tier with a computed reason (overflow, division by zero...) says so in the decision's reason.</summary>
    private static string Because(string unknown, string? reason) =>
        reason is UnknownReasons.Overflow or UnknownReasons.DivisionByZero ? $"{unknown} ({reason})" : unknown;
}
