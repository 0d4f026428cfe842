using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Values;

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

/// <summary>One step of a conflict policy as it was tried: the step's text and how many candidates it kept.</summary>
/// <param name="Step">The step as the rubric writes it: <c>prefer verified</c>.</param>
/// <param name="Kept">The candidates left after it.</param>
public sealed record PolicyStepResult(string Step, int Kept);

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

    /// <summary>For a conflict, the policy steps tried, in order; empty otherwise.</summary>
    public ValueArray<PolicyStepResult> Steps { get; init; } = [];

    /// <summary>True for an unresolved conflict whose policy ends with <c>agree on verdict</c>: the criteria decide.</summary>
    public bool AwaitsVerdicts { get; init; }
}
