using RubricEngine.Explain.Data;
using RubricEngine.Explain.Localization;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain;

/// <summary>
/// Writes a ranked batch as a folder of HTML pages without holding the batch: an index page with the ranked
/// table (sortable, filterable by outcome), one page per explanation, and their shared stylesheet, linked by
/// relative paths so the folder can be moved and opened from disk (layout: <see cref="BatchReportPaths"/>).
/// Each decision is rendered once, on its own, into a small <see cref="BatchReportRow"/> (its explanation
/// section and its table cells), which the caller may keep anywhere (a spill file) until the ranking is
/// known; the pages are then written in one pass over the rows in rank order.
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
    /// Writes the report's files. <paramref name="ranked"/> gives every prepared row, best first, and is read
    /// once; <paramref name="createFile"/> opens a writer for a path relative to the report's folder
    /// (<c>index.html</c>, <c>report.css</c>, <c>dossiers/0/1.html</c>; '/' separated), which is disposed when
    /// that file is written. At most two files are open at a time.
    /// </summary>
    public void Write(Func<string, TextWriter> createFile, IEnumerable<BatchReportRow> ranked)
    {
        ArgumentNullException.ThrowIfNull(createFile);
        ArgumentNullException.ThrowIfNull(ranked);
        BatchReport.Write(createFile, _rubric, _labels, new BatchReport.Summary(_hash, _rows, _counts), ranked);
    }

    /// <summary>Writes the report's files into a folder, creating it and its subfolders as needed.</summary>
    public void WriteToFolder(string folder, IEnumerable<BatchReportRow> ranked)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Write(path => OpenInFolder(folder, path), ranked);
    }

    // Characters buffered per file: a page is about 8 KB, and a buffer under the large-object size keeps one
    // page per dossier from costing a large-object allocation (and the full collections they bring) each.
    private const int PageBuffer = 8 * 1024;

    private static StreamWriter OpenInFolder(string folder, string relativePath)
    {
        var path = Path.Combine(folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), PageBuffer);
    }
}

/// <summary>One decision's part of a batch report, rendered and ready to be written at its rank.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Outcome">The decision's outcome.</param>
/// <param name="Score">The score as the report shows it; null when the rubric has none.</param>
/// <param name="ScoreValue">The exact score (invariant digits), by which the table sorts; null when unknown or none.</param>
/// <param name="MissingCount">How many inputs lacked usable evidence.</param>
/// <param name="ExplanationHtml">The explanation section, HTML with every datum escaped.</param>
public sealed record BatchReportRow(string DossierId, string Outcome, string? Score, string? ScoreValue, int MissingCount, string ExplanationHtml);
