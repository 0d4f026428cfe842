using RubricEngine.Model.Text;

namespace RubricEngine.Authoring.Impact;

/// <summary>
/// Scores in an impact report through the one number formatter (<see cref="NumberText"/>): for reading (table,
/// HTML) rounded to the new version's display precision and marked <c>≈</c>; exact for CSV and JSON.
/// </summary>
internal static class ImpactNumbers
{
    /// <summary>
    /// The new version's display precision: one precision for the whole report, so an old and a new score in one row
    /// are rounded alike and read the same way.
    /// </summary>
    public static int Precision(ImpactReport report) => report.New.Metadata.DisplayPrecision ?? NumberText.DefaultPrecision;

    /// <summary>A score for reading (<c>≈ 1.6667</c>); null when unknown.</summary>
    public static string? Readable(decimal? score, int precision) => NumberText.Display(score, precision);

    /// <summary>The exact score (<c>1.6666666666666666666666666667</c>); empty when unknown.</summary>
    public static string Exact(decimal? score) => score is { } v ? NumberText.Exact(v) : string.Empty;
}
