using RubricEngine.Model.Types;

namespace RubricEngine.Model.Diagnostics;

// The dossier readers' and binder's words (RUB0400-RUB0413): what a value or a part of a dossier is, what it
// should be, and which format could not be read. Names and keys are data, quoted '…' in English and “…” in Chinese.
public static partial class DiagnosticPhrases
{
    /// <summary>An input, field or key by its name, which the Chinese message quotes (“x”); English quotes it in the message.</summary>
    public static DiagnosticPhrase Named(string name) => Phrase("{0}", "“{0}”", name);

    /// <summary>A field of an evidence item, as in "'evidence date' expects date" (Chinese 证据项的“date”).</summary>
    public static DiagnosticPhrase EvidenceField(string field) => Phrase("evidence {0}", "证据项的“{0}”", field);

    /// <summary>A dossier itself, where a list holds something else (Chinese 材料).</summary>
    public static DiagnosticPhrase Dossier { get; } = Phrase("dossier", "材料");

    /// <summary>One of the words, as a value expects them: "a, b, c" (Chinese “a”、“b”、“c”之一).</summary>
    public static DiagnosticPhrase OneOfWords(IEnumerable<string> words)
    {
        var all = words.ToList();
        return Translated(string.Join(", ", all), "{0}之一", string.Join("、", all.Select(w => $"“{w}”")));
    }

    /// <summary>"; expected 'value' or 'evidence'", beside a value's own keys.</summary>
    public static DiagnosticPhrase ExpectedValueOrEvidence { get; } = Phrase("; expected '{0}' or '{1}'", "；应为“{0}”或“{1}”", "value", "evidence");

    /// <summary>"; expected id, document or page" (Chinese ；应为“id”、“document”或“page”), the keys of an item.</summary>
    public static DiagnosticPhrase ExpectedKeys(IReadOnlyList<string> keys) => Translated(
        "; expected " + string.Join(", ", keys.Take(keys.Count - 1)) + " or " + keys[^1],
        "；应为{0}或“{1}”",
        string.Join("、", keys.Take(keys.Count - 1).Select(k => $"“{k}”")),
        keys[^1]);

    // What a part of a dossier should be (RUB0411).

    /// <summary>The value of a list input.</summary>
    public static DiagnosticPhrase ListOfRecords { get; } = Phrase("a list of records", "记录列表");

    /// <summary>The value of any other input: "a single decimal value" (Chinese 单个值（小数）).</summary>
    public static DiagnosticPhrase SingleValueOf(DataType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Translated($"a single {type.DisplayName} value", "单个值（{0}）", TypeName(type));
    }

    /// <summary>One record of a list input.</summary>
    public static DiagnosticPhrase RecordMapping { get; } = Phrase("a record (a mapping of field names to values)", "一条记录（从字段名到值的映射）");

    /// <summary>A field of a record.</summary>
    public static DiagnosticPhrase SingleValue { get; } = Phrase("a single value", "单个值");

    /// <summary>The <c>evidence</c> key.</summary>
    public static DiagnosticPhrase EvidenceList { get; } = Phrase("a list of evidence items", "证据项列表");

    /// <summary>An item of the <c>evidence</c> list.</summary>
    public static DiagnosticPhrase EvidenceItemsWithId { get; } = Phrase("a list of items, each with an '{0}'", "列表，且每项都有“{0}”", "id");

    /// <summary>The <c>inputs</c> key.</summary>
    public static DiagnosticPhrase InputMapping { get; } = Phrase("a mapping of input names to values", "从输入名到值的映射");

    /// <summary>An item of a list of dossiers.</summary>
    public static DiagnosticPhrase DossierMapping { get; } = Phrase("a mapping with an '{0}' and inputs", "含“{0}”和各项输入的映射", "id");

    // The formats a dossier is read from (RUB0400): "Malformed YAML" (Chinese YAML 材料格式错误).

    /// <summary>A YAML dossier file.</summary>
    public static DiagnosticPhrase YamlDossier { get; } = Phrase("YAML", "YAML 材料");

    /// <summary>A JSON dossier file.</summary>
    public static DiagnosticPhrase JsonDossier { get; } = Phrase("JSON", "JSON 材料");

    /// <summary>A JSON Lines dossier file.</summary>
    public static DiagnosticPhrase JsonLinesDossier { get; } = Phrase("JSON Lines", "JSON Lines 材料");

    /// <summary>A CSV dossier file.</summary>
    public static DiagnosticPhrase CsvDossier { get; } = Phrase("CSV", "CSV 材料");

    /// <summary>An Excel dossier file.</summary>
    public static DiagnosticPhrase ExcelDossier { get; } = Phrase("Excel", "Excel 材料");

    /// <summary>One row of a CSV file, which is one dossier.</summary>
    public static DiagnosticPhrase CsvRow { get; } = Phrase("CSV row", "CSV 行");

    /// <summary>An Excel workbook.</summary>
    public static DiagnosticPhrase ExcelWorkbook { get; } = Phrase("Excel workbook", "Excel 工作簿");

    /// <summary>
    /// A reading library's own English text (YamlDotNet, System.Text.Json, CsvHelper, MiniExcel): as written in
    /// English; in Chinese <paramref name="chinese"/> says what went wrong and the library's words follow, quoted.
    /// </summary>
    public static DiagnosticPhrase LibraryText(string text, string chinese) => Translated(text, "{0}（解析器原文：“{1}”）", chinese, text);

    /// <summary>
    /// Why the system could not read a file or folder (RUB0601): its own message in English; in Chinese what kind of
    /// failure it is, the system's words quoted after it.
    /// </summary>
    public static DiagnosticPhrase SystemError(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var kind = error switch
        {
            UnauthorizedAccessException => "没有读取权限",
            FileNotFoundException => "文件不存在",
            DirectoryNotFoundException => "路径不存在",
            PathTooLongException => "路径过长",
            IOException => "读取时出错",
            _ => "系统报告错误",
        };
        return Translated(error.Message, "{0}（系统原文：“{1}”）", kind, error.Message);
    }

    /// <summary>A problem that ends the file: "...; the rest of the file is not read" (Chinese ……；文件的其余部分不再读取).</summary>
    public static DiagnosticPhrase RestOfFileNotRead(DiagnosticPhrase problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Translated(problem.ToString().TrimEnd('.') + "; the rest of the file is not read", "{0}；文件的其余部分不再读取", problem);
    }
}
