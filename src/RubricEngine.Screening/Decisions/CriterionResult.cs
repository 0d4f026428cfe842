using RubricEngine.Model.Collections;
using RubricEngine.Model.Logic;

namespace RubricEngine.Screening.Decisions;

/// <summary>The verdict of one criterion or gate, with what it was decided on.</summary>
/// <param name="Name">The criterion.</param>
/// <param name="IsGate">True for a gate.</param>
/// <param name="Applicable">False when the assessment date is outside the criterion's from/until range.</param>
/// <param name="Verdict">Met, not met or unknown (meaningless when not applicable).</param>
/// <param name="Condition">The condition as text.</param>
/// <param name="Thresholds">Each comparison with a constant, such as <c>&lt;= 100 gCO2e/kWh</c>.</param>
/// <param name="Values">The inputs and derived values it read, with units and evidence.</param>
/// <param name="Citation">The clause of the standard it implements.</param>
public sealed record CriterionResult(
    string Name, bool IsGate, bool Applicable, Truth Verdict, string Condition, ValueArray<string> Thresholds,
    ValueArray<UsedValue> Values, string? Citation)
{
    /// <summary>The word written in JSON and reports: met, not_met, unknown, conflict or not_applicable.</summary>
    public string VerdictWord => Applicable ? Verdict.ToWord() : "not_applicable";

    /// <summary>Why an undecided criterion is undecided, when its evidence says so: unverified, wrong_method or conflicting; null otherwise.</summary>
    public string? Reason { get; init; }

    /// <summary>For a criterion that judged conflicting candidates one by one (<c>agree on verdict</c>), each candidate's verdict.</summary>
    public ValueArray<CandidateVerdict> Verdicts { get; init; } = [];
}

/// <summary>A value a criterion read.</summary>
/// <param name="Name">The input or derived value.</param>
/// <param name="Value">The value as text (a quantity with its unit), or null when missing.</param>
/// <param name="Unit">The unit symbol of a quantity; null otherwise.</param>
/// <param name="Evidence">The evidence item ids behind it, sorted.</param>
/// <param name="Status">null when present; missing, conflicting or too_few_records otherwise.</param>
public sealed record UsedValue(string Name, string? Value, string? Unit, ValueArray<string> Evidence, string? Status);

/// <summary>An input without usable evidence.</summary>
/// <param name="Input">The input (or <c>assessment_date</c>).</param>
/// <param name="Reason">missing, conflicting or too_few_records.</param>
/// <param name="Detail">A short explanation, such as "3 of at least 10 records"; null when none.</param>
public sealed record MissingInput(string Input, string Reason, string? Detail);

/// <summary>The verdict a criterion gave one candidate of a conflict it judged by <c>agree on verdict</c>.</summary>
/// <param name="Values">The candidate values, <c>lifecycle_emissions = 90 gCO2e/kWh</c> (several inputs joined by <c>; </c>).</param>
/// <param name="Verdict">met, not_met, unknown or conflict.</param>
public sealed record CandidateVerdict(string Values, string Verdict);
