using RubricEngine.Explain.Data;
using RubricEngine.Explain.Localization;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain;

/// <summary>
/// Writes a ranked batch as one self-contained HTML page without holding the batch: each decision is
/// rendered once, on its own, into a small <see cref="BatchReportRow"/> (its explanation section and its
/// table cells), which the caller may keep anywhere (a spill file); the page is then streamed to a writer,
/// reading the rows in rank order twice, once for the ranking table and once for the explanations.
/// </summary>
public sealed class BatchReportWriter
{
    private readonly Rubric _rubric;
    private readonly Labels _labels;
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private string? _hash;
    private int _rows;

    /// <summary>A writer for decisions of one rubric, in one language.</summary>
    /// <exception cref="ArgumentException">The language has no built-in report.</exception>
    public BatchReportWriter(Rubric rubric, string language)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        _rubric = rubric;
        _labels = new Labels(UiText.For(language) ?? throw new ArgumentException($"No built-in report for language '{language}'.", nameof(language)));
    }

    /// <summary>Renders one decision's part of the report and counts its outcome.</summary>
    /// <exception cref="ArgumentException">The decision was made by another rubric.</exception>
    public BatchReportRow Prepare(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Rubric.Id != _rubric.Metadata.Id || decision.Rubric.Version != _rubric.Metadata.Version)
        {
            throw new ArgumentException($"Dossier '{decision.DossierId}' was decided by another rubric.", nameof(decision));
        }

        _hash ??= decision.Rubric.Hash;
        _rows++;
        _counts[decision.Outcome] = _counts.GetValueOrDefault(decision.Outcome) + 1;
        return BatchReport.Prepare(_rubric, decision, _labels);
    }

    /// <summary>
    /// Writes the page. <paramref name="ranked"/> gives every prepared row, best first; it is called twice
    /// and must give the same rows each time.
    /// </summary>
    public void Write(TextWriter output, Func<IEnumerable<BatchReportRow>> ranked)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(ranked);
        BatchReport.Write(output, _rubric, _labels, new BatchReport.Summary(_hash, _rows, _counts), ranked);
    }
}

/// <summary>One decision's part of a batch report, rendered and ready to be written at its rank.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Outcome">The decision's outcome.</param>
/// <param name="Score">The score as the report shows it; null when the rubric has none.</param>
/// <param name="MissingCount">How many inputs lacked usable evidence.</param>
/// <param name="ExplanationHtml">The explanation section, HTML with every datum escaped.</param>
public sealed record BatchReportRow(string DossierId, string Outcome, string? Score, int MissingCount, string ExplanationHtml);
