using RubricEngine.Model.Collections;
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
}

/// <summary>The one value an input takes for a dossier after conflict resolution, or why it has none.</summary>
/// <param name="Name">The input's name.</param>
/// <param name="Value">The value, or null when missing.</param>
/// <param name="EvidenceIds">The evidence items behind the value (or behind the conflicting values), sorted.</param>
/// <param name="Missing">Why there is no value; null when there is one.</param>
/// <param name="Detail">A short note for the missing list, such as "3 of 10 records".</param>
internal sealed record ResolvedInput(string Name, Value? Value, ValueArray<string> EvidenceIds, MissingReason? Missing, string? Detail);
