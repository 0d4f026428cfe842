using System.Globalization;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>The evidence side of a decision: conflicts left unresolved and why criteria are undecided.</summary>
internal static partial class DecisionAssembler
{
    /// <summary>Every input the dossier gives several values for, in declaration order, with all its values, what became of each and the steps tried.</summary>
    private static ValueArray<ConflictReport> Conflicts(DeclarationGraph graph, Dossier dossier, ReadOnlySpan<NodeResult?> results)
    {
        List<ConflictReport>? conflicts = null;
        foreach (var node in graph.Inputs)
        {
            var input = Get(results, node).Input!;
            if (input.Resolution is not { } resolution)
            {
                continue;
            }

            var candidates = resolution.Candidates.Select(c => Candidate(c, dossier)).ToValueArray();
            (conflicts ??= []).Add(new ConflictReport(input.Name, resolution.Outcome, candidates, resolution.Candidates.Count(c => c.Kept), resolution.Steps));
        }

        return conflicts is null ? [] : conflicts.ToValueArray();
    }

    private static ConflictCandidate Candidate(CandidateFate fate, Dossier dossier) => new(
        fate.Value.Value.ToDisplayString(),
        fate.Kept,
        fate.Value.EvidenceIds.Select(id => Summary(id, dossier)).ToValueArray(),
        fate.Failed is { } failed ? new FailedRequirement("requires " + failed.Check.RequirementText, failed.Check.RequirementKind) : null,
        fate.SetAsideAt);

    private static EvidenceSummary Summary(string id, Dossier dossier) => dossier.EvidenceById(id) is { } item
        ? new EvidenceSummary(
            id, item.Document, item.Page, item.VerifiedBy, item.EffectiveVerification?.ToWord(), item.Method,
            item.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        : new EvidenceSummary(id, null, null, null, null, null, null);

    /// <summary>The evidence reason of an undecided criterion (unverified, wrong_method, conflicting); null for any other.</summary>
    private static string? EvidenceReason(NodeResult result) =>
        result.Applicable && result.Reason is UnknownReasons.Unverified or UnknownReasons.WrongMethod or UnknownReasons.Conflicting
            ? result.Reason
            : null;
}
