using System.Globalization;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Cli.BatchRun;

/// <summary>
/// Counts a batch as its items go by: the summary line (also after an interruption) and the hint that the
/// rubric is probably the wrong one, when most dossiers fail on inputs the rubric does not declare or
/// that they lack (GIB dossiers screened against the Yeda rubric).
/// </summary>
internal sealed class BatchTally
{
    private static readonly string[] InputMismatchCodes =
        [DiagnosticCatalog.UnknownDossierInput.Code, DiagnosticCatalog.MissingRequiredInput.Code];

    public ScreeningSummary Summary { get; private set; }

    public int FailedOnInputs { get; private set; }

    public void Observe(ScreeningItem item)
    {
        Summary = item.Skipped ? Summary with { Skipped = Summary.Skipped + 1 }
            : item.Failed ? Summary with { Failed = Summary.Failed + 1 }
            : Summary with { Screened = Summary.Screened + 1 };
        if (item.Failed && item.Source.Diagnostics.Any(d => InputMismatchCodes.Contains(d.Code)))
        {
            FailedOnInputs++;
        }
    }

    /// <summary>The words of the lines, in the language of <c>--lang</c>.</summary>
    public BatchWords Words { get; init; } = BatchWords.English;

    public string SummaryLine =>
        string.Format(CultureInfo.InvariantCulture, Words.Summary, Summary.Screened, Summary.Failed, Summary.Skipped);

    /// <summary>The wrong-rubric hint, or null when most dossiers fit the rubric.</summary>
    public string? WrongRubricHint(string rubricPath)
    {
        var total = Summary.Total;
        if (total == 0 || FailedOnInputs * 2 <= total)
        {
            return null;
        }

        return string.Format(CultureInfo.InvariantCulture, Words.WrongRubric, FailedOnInputs, total, rubricPath, string.Join(", ", InputMismatchCodes));
    }
}
