using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Batch;

/// <summary>A whole screened batch: every item in source order, and the counts.</summary>
/// <param name="Items">Every dossier seen, in source order.</param>
/// <param name="Summary">Screened, failed and skipped counts.</param>
public sealed record BatchResult(IReadOnlyList<ScreeningItem> Items, ScreeningSummary Summary)
{
    /// <summary>The decisions, in source order.</summary>
    public IEnumerable<Decision> Decisions => Items.Where(i => i.Decision is not null).Select(i => i.Decision!);

    /// <summary>The decisions sorted by dossier id (ordinal): an order independent of files and paths.</summary>
    public IEnumerable<Decision> DecisionsById => Decisions.OrderBy(d => d.DossierId, StringComparer.Ordinal);

    /// <summary>The items that failed, with their diagnostics.</summary>
    public IEnumerable<ScreeningItem> Failures => Items.Where(i => i.Failed);
}
