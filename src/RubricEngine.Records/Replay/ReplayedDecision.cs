using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Records.Replay;

/// <summary>A stored decision re-screened from its stored rubric and dossier, for explaining it.</summary>
/// <param name="Rubric">The stored rubric, loaded.</param>
/// <param name="Decision">The decision re-screened.</param>
/// <param name="Dossier">The stored dossier.</param>
public sealed record ReplayedDecision(Rubric Rubric, Decision Decision, Dossier Dossier);
