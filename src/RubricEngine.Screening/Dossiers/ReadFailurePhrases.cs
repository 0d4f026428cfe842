using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Why a JSON, CSV or Excel dossier file cannot be read (RUB0400), in English and Chinese. The readers' own
/// reasons are phrases; a library's text stays as written in English and is quoted after a Chinese description
/// in Chinese (<see cref="DiagnosticPhrases.LibraryText"/>), so nothing is lost or guessed.
/// </summary>
internal static class ReadFailurePhrases
{
    // System.Text.Json's messages by the words they hold, in the order they are tried.
    private static readonly (string Says, string Chinese)[] JsonProblems =
    [
        ("is invalid after a single JSON value", "文档结束后还有内容"),
        ("is invalid after a value", "值的后面有不应出现的字符"),
        ("is invalid after a property name", "属性名后面应为“:”"),
        ("is an invalid start of a property name", "属性名的开头无效"),
        ("is an invalid start of a value", "值的开头无效"),
        ("is invalid within a JSON string", "字符串中有无效的字符"),
        ("Expected depth to be zero at the end of the JSON payload", "对象或数组没有闭合"),
        ("The input does not contain any JSON tokens", "文本不含任何 JSON 内容"),
        ("unexpected content after the end of the document", "文档结束后还有内容"),
        ("Unexpected end of data", "文本意外结束"),
    ];

    /// <summary>System.Text.Json's message (its first sentence).</summary>
    public static DiagnosticPhrase Json(string message) =>
        DiagnosticPhrases.LibraryText(message, JsonProblems.FirstOrDefault(p => message.Contains(p.Says, StringComparison.Ordinal)).Chinese ?? "JSON 解析器报告错误");

    /// <summary>CsvHelper's message, which ends the file.</summary>
    public static DiagnosticPhrase Csv(string message) =>
        DiagnosticPhrases.RestOfFileNotRead(DiagnosticPhrases.LibraryText(message.TrimEnd('.'), "CSV 解析器报告错误"));

    /// <summary>A row with another number of fields than the header.</summary>
    public static DiagnosticPhrase FieldCount(int fields, int headers) => DiagnosticPhrases.Translated(
        $"the row has {fields} fields, but the header has {headers}", "该行有 {0} 个字段，但表头有 {1} 个", fields, headers);

    /// <summary>A row whose quotes do not pair.</summary>
    public static DiagnosticPhrase MisplacedQuote { get; } = DiagnosticPhrases.Translated("the row has a misplaced quote", "该行有位置不对的引号");

    /// <summary>A file that MiniExcel cannot open as a workbook.</summary>
    public static DiagnosticPhrase NotAWorkbook(string message) => DiagnosticPhrases.Translated(
        $"not a readable .xlsx workbook ({message})", "不是可读取的 .xlsx 工作簿（读取库原文：“{0}”）", message);

    /// <summary>A workbook given as text (standard input).</summary>
    public static DiagnosticPhrase WorkbookAsText { get; } = DiagnosticPhrases.Translated(
        "an .xlsx workbook is a binary file; read it from a file, not from text", ".xlsx 工作簿是二进制文件；请从文件读取，而不是从文本读取");

    /// <summary>A sheet that breaks after some rows were read.</summary>
    public static DiagnosticPhrase SheetBroken(int row, string message) => DiagnosticPhrases.Translated(
        $"the sheet cannot be read after row {row} ({message})", "工作表在第 {0} 行之后无法读取（读取库原文：“{1}”）", row, message);

    /// <summary>A cell with a value under no header.</summary>
    public static DiagnosticPhrase CellWithoutHeader(string column) => DiagnosticPhrases.Translated(
        $"column {column} has a value but no header", "{0} 列有值，但没有列标题", column);
}
