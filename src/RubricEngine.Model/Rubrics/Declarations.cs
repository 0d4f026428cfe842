using RubricEngine.Model.Collections;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Text;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;

namespace RubricEngine.Model.Rubrics;

/// <summary>Who the rubric is, and where its content comes from.</summary>
/// <param name="Id">A stable identifier, such as <c>yeda</c>.</param>
/// <param name="Version">The rubric's version text, such as <c>1.0</c>.</param>
/// <param name="Title">The title in several languages.</param>
/// <param name="Description">A description in several languages.</param>
/// <param name="Source">The standard the rubric implements.</param>
/// <param name="Citation">How to cite that standard.</param>
/// <param name="Span">Where the header was written.</param>
/// <param name="DisplayPrecision">
/// Decimal places numbers are shown with in tables and explanations (<c>display precision 2</c>); null for the
/// default. Display only: decisions keep exact values, and the rubric's hash leaves it out.
/// </param>
public sealed record RubricMetadata(
    string Id, string Version, LocalizedText Title, LocalizedText Description, string? Source, string? Citation, SourceSpan Span,
    int? DisplayPrecision = null)
    : ModelNode(Span);

/// <summary>An outcome of the rubric's vocabulary, such as <c>fundable</c> or <c>reject</c>.</summary>
/// <param name="Name">The outcome's identifier.</param>
/// <param name="Title">Its label in several languages.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record OutcomeDeclaration(string Name, LocalizedText Title, SourceSpan Span) : ModelNode(Span);

/// <summary>How to resolve an input that the dossier gives several conflicting values for.</summary>
public enum ConflictPolicy
{
    /// <summary>Conflicting values make the input unknown (the default).</summary>
    Unknown,

    /// <summary>Prefer values whose evidence was verified by a third party; unknown if those still conflict.</summary>
    PreferVerified,

    /// <summary>Prefer the value with the most recent evidence date; unknown on a tie.</summary>
    PreferLatest,

    /// <summary>Take the smallest value (conservative for scores).</summary>
    Lowest,

    /// <summary>Take the largest value (conservative for emissions).</summary>
    Highest,
}

/// <summary>A typed input of the dossier schema.</summary>
/// <param name="Name">The input's identifier, as dossiers name it.</param>
/// <param name="Type">Its type.</param>
/// <param name="Required">True when a dossier without it is malformed; false when its absence is merely missing evidence.</param>
/// <param name="Unit">For quantities, the unit it is shown in; null otherwise.</param>
/// <param name="Title">Its label in several languages.</param>
/// <param name="Conflict">How conflicting values are resolved.</param>
/// <param name="MinimumCount">For lists, the fewest records that count as evidence (Yeda's panel of 10); null otherwise.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record InputDeclaration(
    string Name, DataType Type, bool Required, Unit? Unit, LocalizedText Title, ConflictPolicy Conflict, int? MinimumCount, SourceSpan Span)
    : ModelNode(Span)
{
    /// <summary>The declared range of a number input (<c>integer 1 to 5</c>), or null.</summary>
    public ValueRange? Range { get; init; }

    /// <summary>
    /// The conflict policy as steps tried in order, when it is more than one word of <see cref="ConflictPolicy"/>
    /// (<c>when conflicting prefer method "..." then verified then agree on verdict</c>); empty otherwise, and then
    /// <see cref="Conflict"/> is the whole policy. <see cref="ConflictSteps"/> gives the steps either way.
    /// </summary>
    public ValueArray<ConflictStep> Steps { get; init; } = [];

    /// <summary>The admissibility requirements written on the input (<c>requires verified</c>), in source order.</summary>
    public ValueArray<EvidenceRequirement> Requirements { get; init; } = [];

    /// <summary>The conflict policy's steps, in the order they are tried.</summary>
    public ValueArray<ConflictStep> ConflictSteps => Steps.IsEmpty ? ConflictStep.Of(Conflict) : Steps;

    /// <summary>True when the last step of the policy is <c>agree on verdict</c>.</summary>
    public bool AgreesOnVerdict => !Steps.IsEmpty && Steps[^1].Kind == ConflictStepKind.AgreeOnVerdict;
}

/// <summary>A named value computed from inputs and other derived values.</summary>
/// <param name="Name">The identifier.</param>
/// <param name="Expression">The formula.</param>
/// <param name="Unit">For quantities, the unit it is shown in; null otherwise.</param>
/// <param name="Title">Its label in several languages.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record DerivedValue(string Name, Expr Expression, Unit? Unit, LocalizedText Title, SourceSpan Span) : ModelNode(Span);

/// <summary>Whether a criterion informs the outcome or must be met for any tier other than the fallback.</summary>
public enum CriterionKind
{
    /// <summary>An ordinary criterion that tiers may test.</summary>
    Criterion,

    /// <summary>A criterion that must be met; a gate not met leads to the fallback, an unknown gate to insufficient evidence.</summary>
    Gate,
}

/// <summary>
/// A condition that implements a clause of the standard. It applies only on assessment dates within
/// [<see cref="From"/>, <see cref="Until"/>] (both inclusive, either open); outside that range it is not applicable
/// and does not take part.
/// </summary>
/// <param name="Name">The identifier.</param>
/// <param name="Kind">Criterion or gate.</param>
/// <param name="Condition">The boolean condition.</param>
/// <param name="Citation">The clause it implements, such as <c>Annex I, 4.1</c>.</param>
/// <param name="Title">Its label in several languages.</param>
/// <param name="Explanation">An explanation template; <c>{name}</c> placeholders name the values used.</param>
/// <param name="From">The first assessment date it applies to, or null.</param>
/// <param name="Until">The last assessment date it applies to, or null.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record Criterion(
    string Name, CriterionKind Kind, Expr Condition, string? Citation, LocalizedText Title, LocalizedText Explanation,
    DateOnly? From, DateOnly? Until, SourceSpan Span)
    : ModelNode(Span)
{
    /// <summary>The admissibility requirements on the inputs its condition reads (<c>requires x verified</c>), in source order.</summary>
    public ValueArray<EvidenceRequirement> Requirements { get; init; } = [];

    /// <summary>True when the criterion applies on the given assessment date.</summary>
    public bool AppliesOn(DateOnly date) => (From is null || date >= From) && (Until is null || date <= Until);
}
