using RubricEngine.Model.Collections;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// An input the dossier gives several values for, and how they were resolved: the decision's <c>conflicts</c> entry.
/// It holds everything an explanation says about the conflict, so none has to re-read the dossier or re-run a check.
/// </summary>
/// <param name="Input">The input.</param>
/// <param name="Outcome">
/// <c>resolved</c> (one value, or values that agree, is used), <c>unresolved</c> (the policy left values that disagree:
/// the input is conflicting), <c>awaits_verdicts</c> (left to each criterion by <c>agree on verdict</c>), or
/// <c>none_admissible</c> (no value meets the input's requirements).
/// </param>
/// <param name="Candidates">Every value the dossier gave, in source order, with its evidence and what became of it.</param>
/// <param name="Left">How many candidates the resolution kept.</param>
/// <param name="Steps">The policy steps tried, in order, each with the candidates it kept.</param>
public sealed record ConflictReport(string Input, string Outcome, ValueArray<ConflictCandidate> Candidates, int Left, ValueArray<PolicyStepResult> Steps)
{
    /// <summary>The <see cref="Outcome"/> of values resolved to one (or to several that agree).</summary>
    public const string Resolved = "resolved";

    /// <summary>The <see cref="Outcome"/> of values the policy left in conflict.</summary>
    public const string Unresolved = "unresolved";

    /// <summary>The <see cref="Outcome"/> of values left to each criterion by <c>agree on verdict</c>.</summary>
    public const string AwaitsVerdicts = "awaits_verdicts";

    /// <summary>The <see cref="Outcome"/> when no value meets the input's requirements.</summary>
    public const string NoneAdmissible = "none_admissible";
}

/// <summary>One candidate value of an input given several.</summary>
/// <param name="Value">The value as text, with its unit, as the decision's values show it.</param>
/// <param name="Kept">True when the resolution left it: admissible and set aside by no step.</param>
/// <param name="Evidence">The evidence items it cites, in citing order.</param>
/// <param name="Failed">The first of the input's requirements it fails (so it is not evidence); null when admissible.</param>
/// <param name="SetAsideAt">The policy step (1-based, into <see cref="ConflictReport.Steps"/>) that set it aside; null otherwise.</param>
public sealed record ConflictCandidate(string Value, bool Kept, ValueArray<EvidenceSummary> Evidence, FailedRequirement? Failed, int? SetAsideAt)
{
    /// <summary>Whether it meets the input's requirements.</summary>
    public bool Admissible => Failed is null;
}

/// <summary>A requirement a value's evidence fails.</summary>
/// <param name="Requirement">As the rubric writes it: <c>requires verified</c>, <c>requires method "ISO 14067:2018"</c>.</param>
/// <param name="Kind">The stable word of its test: <c>verified</c>, <c>verified_by</c>, <c>verified_as</c> or <c>method</c>.</param>
public sealed record FailedRequirement(string Requirement, string Kind);

/// <summary>One step of a conflict policy as it was tried.</summary>
/// <param name="Step">The step as the rubric writes it: <c>prefer verified</c>.</param>
/// <param name="Kind">Its stable word: <c>prefer_method</c>, <c>prefer_verified</c>, <c>prefer_latest</c>, <c>prefer_lowest</c>, <c>prefer_highest</c> or <c>agree_on_verdict</c>.</param>
/// <param name="Of">The candidates before it.</param>
/// <param name="Kept">The candidates left after it.</param>
/// <param name="Reason">
/// Why it kept what it kept: <c>preferred</c> (it kept those it prefers and set the others aside), <c>all_qualify</c>
/// (every candidate qualifies: verified, of the method, or of the same latest date), <c>none_qualify</c> (none does,
/// or none is dated: all stay), <c>extreme</c> (the lowest or highest), <c>not_comparable</c> (values that cannot be
/// ordered: all stay) or <c>left_to_criteria</c> (<c>agree on verdict</c>: each criterion judges the candidates).
/// </param>
public sealed record PolicyStepResult(string Step, string Kind, int Of, int Kept, string Reason);

/// <summary>An evidence item as a decision shows it: what the dossier says about it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Document">The document, or null.</param>
/// <param name="Page">The page, or null.</param>
/// <param name="VerifiedBy">The verifier, or null.</param>
/// <param name="Verification">The verification kind word (third_party...), as written or implied by a verifier; null when neither.</param>
/// <param name="Method">The methodology, or null.</param>
/// <param name="Date">The date as <c>yyyy-MM-dd</c>, or null.</param>
public sealed record EvidenceSummary(string Id, string? Document, string? Page, string? VerifiedBy, string? Verification, string? Method, string? Date);
