using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Batch;

/// <summary>One dossier of a batch: its decision, or why it was not screened.</summary>
/// <param name="Source">The dossier as read, with any diagnostics.</param>
/// <param name="Decision">The decision; null when the dossier failed or was skipped.</param>
public sealed record ScreeningItem(DossierReadResult Source, Decision? Decision)
{
    /// <summary>True when the dossier could not be screened because of errors.</summary>
    public bool Failed => Decision is null && !Source.Skipped;

    /// <summary>True for a file that was not a dossier file.</summary>
    public bool Skipped => Source.Skipped;

    /// <summary>
    /// The decision as one JSON Lines line (UTF-8, newline included), the bytes <see cref="DecisionJson"/> writes, when
    /// the screener renders them on its workers (<see cref="ScreenerOptions.RenderJsonLines"/>); otherwise null.
    /// </summary>
    public byte[]? JsonLine { get; init; }

    /// <summary>
    /// The decided dossier's canonical content (UTF-8 JSON that reads back into the same dossier, decimal scale kept),
    /// when the screener renders it on its workers (<see cref="ScreenerOptions.RenderDossierContent"/>); otherwise null.
    /// </summary>
    public byte[]? DossierContent { get; init; }
}

/// <summary>Counts of a batch, for the summary line and the exit status.</summary>
/// <param name="Screened">Dossiers decided.</param>
/// <param name="Failed">Dossiers not screened because of errors.</param>
/// <param name="Skipped">Files passed over (not dossier files).</param>
public readonly record struct ScreeningSummary(int Screened, int Failed, int Skipped)
{
    /// <summary>Every item seen.</summary>
    public int Total => Screened + Failed + Skipped;

    internal ScreeningSummary Add(ScreeningItem item) =>
        item.Skipped ? this with { Skipped = Skipped + 1 }
        : item.Failed ? this with { Failed = Failed + 1 }
        : this with { Screened = Screened + 1 };
}
