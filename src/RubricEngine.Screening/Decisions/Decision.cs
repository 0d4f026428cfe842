using RubricEngine.Model.Collections;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// The decision for one dossier: what the rubric concluded, on which values and evidence, under which
/// clauses, and the trace of how. It holds no timestamps, so the same rubric and dossier always give the
/// same decision and byte-identical JSON (<see cref="DecisionJson"/>); run metadata lives in <see cref="Batch.ScreeningEnvelope"/>.
/// </summary>
/// <param name="Rubric">Which rubric decided, by id, version and content hash.</param>
/// <param name="DossierId">The dossier's id.</param>
/// <param name="DossierHash">The SHA-256 of the dossier's canonical content, whatever its file format.</param>
/// <param name="Outcome">An outcome of the rubric's vocabulary, or <see cref="Rubric.InsufficientEvidence"/>.</param>
/// <param name="Reason">Why this outcome: the tier met, the gate that failed, or what was unknown.</param>
/// <param name="Score">The overall score and group subtotals; null when the rubric has no indicators.</param>
/// <param name="Criteria">Every criterion and gate, in declaration order.</param>
/// <param name="Missing">
/// The decisive missing evidence: the inputs without usable evidence whose value could still change the outcome,
/// in declaration order. Every unknown input, decisive or not, is in <see cref="Unknown"/>.
/// </param>
/// <param name="Trace">The rules evaluated, in firing order.</param>
public sealed record Decision(
    RubricIdentity Rubric,
    string DossierId,
    string DossierHash,
    string Outcome,
    string Reason,
    ScoreResult? Score,
    ValueArray<CriterionResult> Criteria,
    ValueArray<MissingInput> Missing,
    ValueArray<TraceStep> Trace)
{
    /// <summary>
    /// Every input without usable evidence that left something unknown (a criterion, derived value, indicator or,
    /// undecided, a tier), decisive or not, in declaration order; <see cref="Missing"/> is the decisive part. The JSON
    /// writes it (<c>unknown</c>) only when it holds more than <see cref="Missing"/>.
    /// </summary>
    public ValueArray<MissingInput> Unknown { get; init; } = [];

    /// <summary>The inputs left in conflict, in declaration order, with every candidate and the policy steps tried; empty for most decisions.</summary>
    public ValueArray<ConflictReport> Conflicts { get; init; } = [];

    /// <summary>True when the evidence was not enough to decide.</summary>
    public bool IsInsufficientEvidence => Outcome == Model.Rubrics.Rubric.InsufficientEvidence;

    /// <summary>
    /// Each named classification's outcome, the first (whose outcome and reason are <see cref="Outcome"/> and
    /// <see cref="Reason"/>) first; null for a rubric with one unnamed classification, whose JSON has no such field.
    /// </summary>
    public ValueArray<ClassificationResult>? Classifications { get; init; }

    /// <summary>The notes and warnings whose condition is met, in declaration order; null when the rubric declares none.</summary>
    public ValueArray<NoteResult>? Notes { get; init; }
}

/// <summary>The outcome of one named classification.</summary>
/// <param name="Name">The classification.</param>
/// <param name="Outcome">An outcome of the rubric's vocabulary, or <see cref="Rubric.InsufficientEvidence"/>.</param>
/// <param name="Reason">Why: the tier met, the gate that failed, or what was unknown.</param>
public sealed record ClassificationResult(string Name, string Outcome, string Reason);

/// <summary>A note or warning attached to a decision; it changes no outcome.</summary>
/// <param name="Name">The note.</param>
/// <param name="Kind"><c>note</c> or <c>warning</c>.</param>
/// <param name="Condition">The condition that held, as text.</param>
/// <param name="Values">The inputs and derived values it read, as a criterion's are shown.</param>
public sealed record NoteResult(string Name, string Kind, string Condition, ValueArray<UsedValue> Values);

/// <summary>A rubric by id, version and the SHA-256 of its canonical content.</summary>
/// <param name="Id">The rubric's id.</param>
/// <param name="Version">The rubric's version.</param>
/// <param name="Hash">Lower-case hexadecimal SHA-256 of the canonical model text.</param>
public sealed record RubricIdentity(string Id, string Version, string Hash);

/// <summary>The overall score and its groups.</summary>
/// <param name="Name">The score's name, or <c>score</c> when the rubric declares groups without an overall score.</param>
/// <param name="Value">The overall score; null when unknown or not declared.</param>
/// <param name="Groups">Each group's subtotal, in declaration order.</param>
public sealed record ScoreResult(string Name, decimal? Value, ValueArray<GroupResult> Groups)
{
    /// <summary>For a score over scored indicators, the share of its weight that is unscored (0 to 1); null otherwise.</summary>
    public decimal? UnscoredShare { get; init; }

    /// <summary>True when the score is over scored indicators and some are unscored.</summary>
    public bool IsPartial => UnscoredShare > 0;
}

/// <summary>One indicator group's weighted subtotal.</summary>
/// <param name="Name">The group.</param>
/// <param name="Weight">Its weight in the overall score.</param>
/// <param name="Subtotal">The weighted mean of its indicators; null when any is unknown.</param>
/// <param name="Indicators">Its indicators.</param>
public sealed record GroupResult(string Name, decimal Weight, decimal? Subtotal, ValueArray<IndicatorResult> Indicators);

/// <summary>One indicator's score.</summary>
/// <param name="Name">The indicator.</param>
/// <param name="Weight">Its weight within its group.</param>
/// <param name="Score">Its score; null when unknown.</param>
public sealed record IndicatorResult(string Name, decimal Weight, decimal? Score);
