using NRules.RuleModel;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Graph;

namespace RubricEngine.NRules.Facts;

/// <summary>
/// What one rubric declaration gave for one dossier. An input's fact is stated: inserted with the dossier,
/// its identity is (dossier, input), so a what-if change is an <c>Update</c> of it. Every other declaration's
/// fact (derived value, criterion, gate, indicator, group, score, tier, cohort statement, classification) is
/// a linked fact inserted by that declaration's rule, so NRules retracts it when anything it was derived
/// from changes. Application rules can match it, e.g. on <see cref="Rule"/> <c>"tier:fundable"</c> and <see cref="Holds"/>.
/// </summary>
public sealed class DeclarationFact : IIdentityProvider
{
    private readonly object _identity;

    internal DeclarationFact(DossierFact dossier, NodeResult result)
    {
        Dossier = dossier;
        Result = result;
        // Made once: NRules asks for the identity at every working-memory lookup.
        _identity = result.Node.Kind == NodeKind.Input ? new InputIdentity(dossier, result.Node) : this;
    }

    /// <summary>The dossier this result belongs to.</summary>
    public DossierFact Dossier { get; }

    /// <summary>The declaration's rule name, as traces show it: <c>input:panel</c>, <c>criterion:low_emissions</c>, <c>tier:fundable</c>, <c>classification</c>.</summary>
    public string Rule => Result.Node.RuleName;

    /// <summary>The declaration's name in the rubric.</summary>
    public string Name => Result.Node.Name;

    /// <summary>The value; null when unknown. Criteria, gates and tiers hold a truth value, the classification its outcome.</summary>
    public Value? Value => Result.Value;

    /// <summary>The truth of a criterion, gate or tier (unknown for other declarations).</summary>
    public Truth Truth => Result.Truth;

    /// <summary>True when a criterion, gate or tier is met and applies on the assessment date: its condition held.</summary>
    public bool Holds => Result.Truth == Truth.Met && Result.Applicable;

    /// <summary>Why the value is unknown (missing, conflicting, overflow, ...), or null.</summary>
    public string? Reason => Result.Reason;

    internal NodeResult Result { get; }

    internal DeclarationNode Node => Result.Node;

    /// <summary>The block of node ids of this result's node, the first level of the rules' alpha conditions.</summary>
    internal int Block => BlockOf(Result.Node);

    internal static int BlockOf(DeclarationNode node) => node.Id / 8;

    /// <inheritdoc />
    public object GetIdentity() => _identity;

    /// <inheritdoc />
    public override string ToString() => Result.ToString();
}

/// <summary>The identity of an input's stated fact: a what-if restatement of the same input of the same dossier replaces it.</summary>
internal sealed record InputIdentity(DossierFact Dossier, DeclarationNode Input);
