using RubricEngine.Model.Collections;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// What evaluating one node gave for one dossier: its value, the conditions it tested (as data, for the
/// trace) and why it is unknown. Immutable; both engines hand these to <see cref="DecisionAssembler"/>.
/// </summary>
internal sealed class NodeResult
{
    public NodeResult(DeclarationNode node, Value? value, ValueArray<TraceCondition> conditions, string? reason)
    {
        Node = node;
        Value = value;
        Conditions = conditions;
        Reason = reason;
    }

    /// <summary>The node evaluated.</summary>
    public DeclarationNode Node { get; }

    /// <summary>
    /// The value; null when unknown. Boolean nodes hold a <see cref="TruthValue"/>, indicators, groups and the
    /// score a <see cref="NumberValue"/>, the classification a <see cref="TextValue"/> with the outcome.
    /// </summary>
    public Value? Value { get; }

    /// <summary>The truth of a boolean node (criterion, gate, tier): unknown when the value is not a truth.</summary>
    public Truth Truth => Value is TruthValue t ? t.Truth : Truth.Unknown;

    /// <summary>The value as a plain number (indicators, groups, score), or null.</summary>
    public decimal? Number => Value is NumberValue n ? n.Number : null;

    /// <summary>The comparisons and boolean values the node's own expression tested, in evaluation order.</summary>
    public ValueArray<TraceCondition> Conditions { get; }

    /// <summary>
    /// Why the value is unknown (<see cref="UnknownReasons"/>: missing, conflicting, overflow, division by zero,
    /// no assessment date...); null when known or when nothing more specific than missing operands is known.
    /// For the classification, the decision's reason.
    /// </summary>
    public string? Reason { get; }

    /// <summary>False for a criterion outside its date range on the assessment date (its value is then met, neutral in "and").</summary>
    public bool Applicable { get; init; } = true;

    /// <summary>For a criterion that judged conflicting candidates one by one (<c>agree on verdict</c>), each candidate's verdict.</summary>
    public ValueArray<CandidateVerdict> Verdicts { get; init; } = [];

    /// <summary>For the classification, true when no tier or gate could be decided (insufficient evidence, or the rubric's <c>on unknown</c> / <c>on conflict</c> outcome).</summary>
    public bool Undecided { get; init; }

    /// <summary>For cohort aggregations, the cohort figures behind the value; empty otherwise.</summary>
    public ValueArray<CohortFigure> Cohort { get; init; } = [];

    /// <summary>For input nodes, the resolved input with its evidence; null otherwise.</summary>
    public ResolvedInput? Input { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        Node.Describe(this) is var (result, value) && value is not null ? $"{Node.RuleName} = {result} ({value})" : $"{Node.RuleName} = {result}";
}
