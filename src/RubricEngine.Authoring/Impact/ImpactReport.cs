using RubricEngine.Authoring.Diff;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Authoring.Impact;

/// <summary>What a revision of a rubric does to a portfolio of dossiers.</summary>
/// <param name="OldPath">The old version's path, as given.</param>
/// <param name="NewPath">The new version's path, as given.</param>
/// <param name="Old">The old version.</param>
/// <param name="New">The new version.</param>
/// <param name="Edits">The diff.</param>
/// <param name="Variants">For each edit that can change decisions, the old version with that edit alone (and its prerequisites) applied.</param>
/// <param name="Dossiers">Dossiers seen (screened or failed under either version).</param>
/// <param name="Transitions">The transition matrix: outcome under the old version to outcome under the new, with counts, unchanged included.</param>
/// <param name="Changes">Every dossier whose outcome or score changed, in source order, with the edits that caused it.</param>
public sealed record ImpactReport(
    string OldPath, string NewPath, Rubric Old, Rubric New, IReadOnlyList<RubricEdit> Edits, IReadOnlyList<SingleEditVariant> Variants,
    int Dossiers, IReadOnlyList<OutcomeTransition> Transitions, IReadOnlyList<DossierChange> Changes);

/// <summary>One cell of the transition matrix.</summary>
/// <param name="From">The outcome under the old version (<c>failed</c> when the dossier could not be read under it).</param>
/// <param name="To">The outcome under the new version.</param>
/// <param name="Count">How many dossiers went this way.</param>
public sealed record OutcomeTransition(string From, string To, int Count);

/// <summary>A dossier whose outcome or score changed.</summary>
/// <param name="DossierId">The dossier's id (or its position when it has none).</param>
/// <param name="Location">Where it was read: <c>path(line,col)</c>.</param>
/// <param name="From">The outcome under the old version.</param>
/// <param name="To">The outcome under the new version.</param>
/// <param name="OldScore">The score under the old version; null when unknown or none.</param>
/// <param name="NewScore">The score under the new version.</param>
/// <param name="Causes">
/// By number, the edits that cause the change: for a changed outcome, the edits that alone (applied to the old version)
/// change the outcome; for a changed score with the same outcome, the edits that alone change the score.
/// </param>
/// <param name="Alone">Every edit whose variant alone gives this dossier another outcome or score than the old version, with what it gives.</param>
public sealed record DossierChange(
    string DossierId, string Location, string From, string To, decimal? OldScore, decimal? NewScore, IReadOnlyList<int> Causes,
    IReadOnlyList<ScreenedAs> Alone)
{
    /// <summary>
    /// The outcomes of the rubric's classifications after the first under the old version, as <c>loan_gate: loan</c>
    /// (comma-separated); empty when the rubric has one classification.
    /// </summary>
    public string OthersFrom { get; init; } = string.Empty;

    /// <summary>The outcomes of the classifications after the first under the new version, as <see cref="OthersFrom"/>.</summary>
    public string OthersTo { get; init; } = string.Empty;

    /// <summary>True when the outcome of a classification after the first changed.</summary>
    public bool OthersChanged => OthersFrom != OthersTo;

    /// <summary>True when the outcome changed (not only the score).</summary>
    public bool OutcomeChanged => From != To;

    /// <summary>True when no edit alone changes the dossier: only the edits together do.</summary>
    public bool OnlyCombined => Causes.Count == 0;
}

/// <summary>A dossier's result under one single-edit variant.</summary>
/// <param name="Edit">The edit's number.</param>
/// <param name="Outcome">The outcome with that edit alone.</param>
/// <param name="Score">The score with that edit alone.</param>
public sealed record ScreenedAs(int Edit, string Outcome, decimal? Score)
{
    /// <summary>The outcomes of the classifications after the first with that edit alone, as <see cref="DossierChange.OthersFrom"/>.</summary>
    public string Others { get; init; } = string.Empty;
}
