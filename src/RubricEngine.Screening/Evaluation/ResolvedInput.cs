using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Evaluation;

/// <summary>Why an input has no usable value.</summary>
internal enum MissingReason
{
    /// <summary>The dossier gives no value.</summary>
    Missing,

    /// <summary>The dossier gives values that disagree, and the input's conflict policy cannot choose.</summary>
    Conflicting,

    /// <summary>A list input has fewer records than its minimum count.</summary>
    TooFewRecords,

    /// <summary>No value passes the input's requirement of verified evidence.</summary>
    Unverified,

    /// <summary>No value passes the input's requirement of a prescribed methodology.</summary>
    WrongMethod,
}

/// <summary>The one value an input takes for a dossier after conflict resolution, or why it has none.</summary>
/// <param name="Name">The input's name.</param>
/// <param name="Value">The value, or null when missing.</param>
/// <param name="EvidenceIds">The evidence items behind the value (or behind the conflicting values), sorted.</param>
/// <param name="Missing">Why there is no value; null when there is one.</param>
/// <param name="Detail">A short note for the missing list, such as "3 of 10 records".</param>
internal sealed record ResolvedInput(string Name, Value? Value, ValueArray<string> EvidenceIds, MissingReason? Missing, string? Detail)
{
    /// <summary>For an unresolved conflict, the candidates the policy left, in source order; empty otherwise.</summary>
    public ValueArray<EvidencedValue> Candidates { get; init; } = [];

    /// <summary>True for an unresolved conflict whose policy ends with <c>agree on verdict</c>: the criteria decide.</summary>
    public bool AwaitsVerdicts { get; init; }

    /// <summary>For an input the dossier gives several values for, how each fared and the steps tried; null for one value or none.</summary>
    public Resolution? Resolution { get; init; }
}

/// <summary>How the values of an input given several were resolved: what the decision's <c>conflicts</c> entry says.</summary>
/// <param name="Candidates">Every value, in source order, with the requirement it failed or the step that set it aside.</param>
/// <param name="Steps">The policy steps tried, in order.</param>
/// <param name="Outcome">The stable word: resolved, unresolved, awaits_verdicts or none_admissible.</param>
internal sealed record Resolution(ValueArray<CandidateFate> Candidates, ValueArray<PolicyStepResult> Steps, string Outcome);

/// <summary>One value of an input given several, and what became of it.</summary>
/// <param name="Value">The value as the dossier gives it.</param>
/// <param name="Failed">The first of the input's requirements it fails; null when admissible.</param>
/// <param name="SetAsideAt">The 1-based policy step that set it aside; null when kept or inadmissible.</param>
internal sealed record CandidateFate(EvidencedValue Value, EvidenceRequirement? Failed, int? SetAsideAt)
{
    /// <summary>Whether the resolution left it: admissible and set aside by no step.</summary>
    public bool Kept => Failed is null && SetAsideAt is null;
}
