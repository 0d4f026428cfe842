using RubricEngine.Model.Collections;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// One step of a decision's trace: a rule that was evaluated, in firing order, with what it concluded and
/// the conditions it tested, so an auditor sees why a rule fired and why one did not.
/// </summary>
/// <param name="Step">The 1-based position in the trace.</param>
/// <param name="Rule">The rule, named by kind and declaration, such as <c>criterion:low_emissions</c>.</param>
/// <param name="Result">What the rule concluded: a verdict word (met, not_met, unknown, not_applicable), a value, or an outcome.</param>
/// <param name="Value">The value computed, for derived values, indicators, groups and scores; null otherwise.</param>
/// <param name="Conditions">The comparisons tested, in evaluation order.</param>
public sealed record TraceStep(int Step, string Rule, string Result, string? Value, ValueArray<TraceCondition> Conditions)
{
    /// <summary>
    /// For a cohort aggregation, the cohort figures behind its value (members, total, rank, cut-off...), so a
    /// share or a top-N claim can be checked from the decision alone; empty for every other step.
    /// </summary>
    public ValueArray<CohortFigure> Cohort { get; init; } = [];
}

/// <summary>One figure of the cohort behind an aggregation's value, such as <c>total = 30116</c> or <c>cut-off = 2766</c>.</summary>
/// <param name="Name">members, total, own, rank, cut-off, below.</param>
/// <param name="Value">The figure as displayed (with its unit).</param>
public sealed record CohortFigure(string Name, string Value);

/// <summary>One condition tested by a rule.</summary>
/// <param name="Condition">The condition as text, such as <c>lifecycle_emissions &lt;= 100 gCO2e/kWh</c>.</param>
/// <param name="Result">met, not_met or unknown.</param>
/// <param name="Values">The operand values it saw, such as <c>lifecycle_emissions = 90 gCO2e/kWh</c>.</param>
public sealed record TraceCondition(string Condition, string Result, string Values);
