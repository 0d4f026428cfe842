using System.Globalization;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Graph;

/// <summary>The evidence side of a decision: conflicts left unresolved and why criteria are undecided.</summary>
internal static partial class DecisionAssembler
{
    /// <summary>Every input left in conflict, in declaration order, with all its values and the steps tried.</summary>
    private static ValueArray<ConflictReport> Conflicts(DeclarationGraph graph, Dossier dossier, ReadOnlySpan<NodeResult?> results)
    {
        List<ConflictReport>? conflicts = null;
        foreach (var node in graph.Inputs)
        {
            var input = Get(results, node).Input!;
            if (input.Candidates.IsEmpty)
            {
                continue;
            }

            var candidates = dossier.ValuesOf(input.Name)
                .Select(v => new ConflictCandidate(v.Value.ToDisplayString(), input.Candidates.Contains(v), v.EvidenceIds.Select(id => Summary(id, dossier)).ToValueArray()))
                .ToValueArray();
            (conflicts ??= []).Add(new ConflictReport(input.Name, candidates, input.Candidates.Count, input.Steps));
        }

        return conflicts is null ? [] : conflicts.ToValueArray();
    }

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
