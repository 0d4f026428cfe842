using RubricEngine.Model.Collections;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Decisions;

/// <summary>An input whose values the rubric's conflict policy could not reconcile: the decision's <c>conflicts</c> entry.</summary>
/// <param name="Input">The input.</param>
/// <param name="Candidates">Every value the dossier gave, in source order, with its evidence.</param>
/// <param name="Left">How many candidates the policy left (those a criterion judged by <c>agree on verdict</c>).</param>
/// <param name="Steps">The policy steps tried, in order, each with the candidates it kept.</param>
public sealed record ConflictReport(string Input, ValueArray<ConflictCandidate> Candidates, int Left, ValueArray<PolicyStepResult> Steps);

/// <summary>One candidate value of a conflict.</summary>
/// <param name="Value">The value as text, with its unit.</param>
/// <param name="Kept">True when the policy's steps left it among the candidates.</param>
/// <param name="Evidence">The evidence items it cites, in citing order.</param>
public sealed record ConflictCandidate(string Value, bool Kept, ValueArray<EvidenceSummary> Evidence);

/// <summary>An evidence item as a decision shows it: what the dossier says about it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Document">The document, or null.</param>
/// <param name="Page">The page, or null.</param>
/// <param name="VerifiedBy">The verifier, or null.</param>
/// <param name="Verification">The verification kind word (third_party...), as written or implied by a verifier; null when neither.</param>
/// <param name="Method">The methodology, or null.</param>
/// <param name="Date">The date as <c>yyyy-MM-dd</c>, or null.</param>
public sealed record EvidenceSummary(string Id, string? Document, string? Page, string? VerifiedBy, string? Verification, string? Method, string? Date);
