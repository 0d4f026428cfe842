using System.Globalization;
using MiniExcelLibs;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Streams dossiers from an Excel workbook (.xlsx), with the columns of CSV (<see cref="CsvColumn"/>): on every
/// sheet that is not empty, the first non-empty row is the header, and each later row is one dossier.
/// Positions name the sheet, row and column: <c>book.xlsx[Sheet1](row,column)</c>. Numbers are written as the
/// shortest text that reads back to the stored value, dates as <c>yyyy-MM-dd</c>.
/// </summary>
internal static class ExcelDossierReader
{
    public static IEnumerable<RawDossier> Read(string path)
    {
        List<string> sheets;
        try
        {
            sheets = MiniExcel.GetSheetNames(path);
        }
        catch (Exception ex) when (IsNotAWorkbook(ex))
        {
            return [Malformed(SourceSpan.At(path, 1, 1), ReadFailurePhrases.NotAWorkbook(ex.Message))];
        }

        return sheets.SelectMany(sheet => ReadSheet(path, sheet));
    }

    /// <summary>The diagnostic for Excel given as text (standard input): a workbook is a zip archive, not text.</summary>
    public static RawDossier NotText(string path) =>
        Malformed(SourceSpan.At(path, 1, 1), ReadFailurePhrases.WorkbookAsText);

    private static IEnumerable<RawDossier> ReadSheet(string path, string sheet)
    {
        var sheetPath = $"{path}[{sheet}]";
        CsvColumn[]? columns = null;
        var row = 0;
        using var rows = Rows(path, sheet).GetEnumerator();
        while (true)
        {
            string?[] cells;
            string? broken = null;
            try
            {
                if (!rows.MoveNext())
                {
                    yield break;
                }

                cells = rows.Current;
            }
            catch (Exception ex) when (IsNotAWorkbook(ex))
            {
                cells = [];
                broken = ex.Message;
            }

            if (broken is not null)
            {
                yield return Malformed(SourceSpan.At(sheetPath, row + 1, 1), ReadFailurePhrases.SheetBroken(row, broken));
                yield break;
            }

            row++;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (columns is null)
            {
                var width = Array.FindLastIndex(cells, c => !string.IsNullOrWhiteSpace(c)) + 1;
                columns = [.. cells.Take(width).Select(c => CsvColumn.Parse(c ?? string.Empty))];
                continue;
            }

            var rowSpan = SourceSpan.At(sheetPath, row, 1);
            var headers = columns;
            var extra = Enumerable.Range(0, cells.Length)
                .FirstOrDefault(i => !string.IsNullOrWhiteSpace(cells[i]) && (i >= headers.Length || headers[i].Name.Length == 0), -1);
            if (extra >= 0)
            {
                var cellSpan = SourceSpan.At(sheetPath, row, extra + 1);
                yield return Malformed(cellSpan, ReadFailurePhrases.CellWithoutHeader(ExcelColumns.Letters(extra + 1)));
                continue;
            }

            var texts = columns.Select((_, i) => i < cells.Length ? cells[i] ?? string.Empty : string.Empty).ToArray();
            var at = row;
            yield return new RawDossier(CsvDossierReader.ToMap(columns, texts, i => SourceSpan.At(sheetPath, at, i + 1), rowSpan), null, rowSpan);
        }
    }

    /// <summary>Each row's cells as text, by column position (A = 0); MiniExcel keys cells by column letters.</summary>
    private static IEnumerable<string?[]> Rows(string path, string sheet)
    {
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet))
        {
            var cells = new string?[row.Count == 0 ? 0 : row.Keys.Max(ExcelColumns.Number)];
            foreach (var (key, value) in row)
            {
                cells[ExcelColumns.Number(key) - 1] = Text(value);
            }

            yield return cells;
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static RawDossier Malformed(SourceSpan span, DiagnosticPhrase detail) =>
        new(null, Diagnostic.Create(DiagnosticCatalog.MalformedDossier, span, DiagnosticPhrases.ExcelWorkbook, detail), span);

    // A damaged or non-xlsx file surfaces as zip, XML or format errors from the library.
    private static bool IsNotAWorkbook(Exception ex) =>
        ex is InvalidDataException or System.Xml.XmlException or IOException or FormatException or InvalidOperationException
            or KeyNotFoundException or IndexOutOfRangeException or ArgumentException or NotSupportedException
            or NullReferenceException; // MiniExcel dereferences parts a damaged archive lacks (found by the fuzzing harness)
}
