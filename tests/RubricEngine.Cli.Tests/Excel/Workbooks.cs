using System.Globalization;
using MiniExcelLibs;

namespace RubricEngine.Cli.Tests.Excel;

/// <summary>
/// Writes test workbooks through MiniExcel, the library the Excel dossier reader uses (reached through the
/// Screening project's reference). Cells that read as numbers or dates are stored typed, as a spreadsheet would.
/// </summary>
internal static class Workbooks
{
    public static void Write(string path, IReadOnlyDictionary<string, string[][]> sheets)
    {
        var book = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, rows) in sheets)
        {
            // Every row gets every column: MiniExcel takes the columns from the first row.
            var width = rows.Max(r => r.Length);
            book[name] = rows.Select(row => Enumerable.Range(0, width)
                .ToDictionary(Column, i => i < row.Length ? Typed(row[i]) : null)).ToList();
        }

        MiniExcel.SaveAs(path, book, printHeader: false, overwriteFile: true);
    }

    /// <summary>A CSV without quoted fields as rows of cells.</summary>
    public static string[][] FromCsv(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r').Split(','))];

    private static string Column(int index) => ((char)('A' + index)).ToString();

    private static object? Typed(string cell)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return DateTime.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : cell;
    }
}
