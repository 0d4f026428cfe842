using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace RubricEngine.Cli.BatchRun;

/// <summary>
/// Rows of a workbook for the progress estimate, without reading the sheets: each sheet's XML starts with its
/// used range (<c>(<c>&lt;dimension ref="A1:G31"/&gt;</c>)lt;dimension ref="A1:G31"/(<c>&lt;dimension ref="A1:G31"/&gt;</c>)gt;</c>, possibly with a namespace prefix); every row below the header is counted as a dossier.
/// </summary>
internal static partial class ExcelRows
{
    public static long Count(string path)
    {
        using var book = ZipFile.OpenRead(path);
        long rows = 0;
        foreach (var sheet in book.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var start = new char[4096];
            var read = reader.ReadBlock(start, 0, start.Length);
            var match = Dimension().Match(new string(start, 0, read));
            rows += match.Success ? Math.Max(0, long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) - 1) : 1;
        }

        return Math.Max(1, rows);
    }

    [GeneratedRegex("<(?:[A-Za-z]+:)?dimension ref=\"[A-Z]+[0-9]+:[A-Z]+([0-9]+)\"")]
    private static partial Regex Dimension();
}
