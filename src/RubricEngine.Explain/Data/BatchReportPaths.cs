using System.Globalization;

namespace RubricEngine.Explain.Data;

/// <summary>
/// Where each file of a batch report lives, relative to the report's folder, and the relative links between
/// them. Explanation pages are named by rank and grouped a thousand to a folder (<c>dossiers/0/1.html</c> ...
/// <c>dossiers/0/1000.html</c>, <c>dossiers/1/1001.html</c>), so no folder grows past what file browsers
/// list comfortably; every link is relative, so the folder can be moved and opened from disk.
/// </summary>
internal static class BatchReportPaths
{
    public const string Index = "index.html";
    public const string Stylesheet = "report.css";
    public const string Script = "report.js";
    private const int PagesPerFolder = 1000;

    /// <summary>The explanation page of a rank, from the report's folder.</summary>
    public static string Page(int rank) => string.Create(CultureInfo.InvariantCulture, $"dossiers/{(rank - 1) / PagesPerFolder}/{rank}.html");

    /// <summary>The id of a rank's row in the index table, which pages link back to.</summary>
    public static string RowAnchor(int rank) => string.Create(CultureInfo.InvariantCulture, $"r{rank}");

    /// <summary>A path of the report's folder, as linked from an explanation page (two folders down).</summary>
    public static string FromPage(string path) => "../../" + path;
}
