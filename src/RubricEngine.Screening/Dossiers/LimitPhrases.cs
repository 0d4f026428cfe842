using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// The words of RUB0420 (a reading limit exceeded) and RUB0423 (text that is not UTF-8) in English and Chinese:
/// what is too large or badly encoded, its size, and the hint after the limit.
/// </summary>
internal static class LimitPhrases
{
    // The units of Count, in Chinese with their measure words.
    private static readonly Dictionary<string, string> ChineseUnits = new(StringComparer.Ordinal)
    {
        ["characters"] = "个字符", ["bytes"] = "字节", ["items"] = "项", ["keys"] = "个键", ["levels"] = "层",
    };

    public static DiagnosticPhrase Nesting { get; } = DiagnosticPhrases.Translated("The nesting", "嵌套");

    public static DiagnosticPhrase TextValue { get; } = DiagnosticPhrases.Translated("The text value", "文本值");

    public static DiagnosticPhrase Key { get; } = DiagnosticPhrases.Translated("The key", "键");

    public static DiagnosticPhrase List { get; } = DiagnosticPhrases.Translated("The list", "列表");

    public static DiagnosticPhrase Mapping { get; } = DiagnosticPhrases.Translated("The mapping", "映射");

    public static DiagnosticPhrase Line { get; } = DiagnosticPhrases.Translated("The line", "该行");

    public static DiagnosticPhrase CsvLine { get; } = DiagnosticPhrases.Translated("The CSV line", "CSV 行");

    public static DiagnosticPhrase JsonFile { get; } = DiagnosticPhrases.Translated("The JSON file", "JSON 文件");

    public static DiagnosticPhrase JsonString { get; } = DiagnosticPhrases.Translated("The JSON string", "JSON 字符串");

    /// <summary>A count for a message: <c>1,048,576 characters</c> (Chinese 1,048,576 个字符).</summary>
    public static DiagnosticPhrase Count(long value, string unit)
    {
        var number = value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        return DiagnosticPhrases.Translated(number + " " + unit, "{0} {1}", number, ChineseUnits.GetValueOrDefault(unit, unit));
    }

    /// <summary>What exceeds a limit with its size: <c>The list (2,000,000 items)</c> (Chinese 列表（2,000,000 项）).</summary>
    public static DiagnosticPhrase Sized(DiagnosticPhrase what, long value, string unit)
    {
        var count = Count(value, unit);
        return DiagnosticPhrases.Translated($"{what} ({count})", "{0}（{1}）", what, count);
    }

    public static DiagnosticPhrase ForOneDossier { get; } = DiagnosticPhrases.Translated(" for one dossier", "（单份材料的上限）");

    public static DiagnosticPhrase JsonReadWhole { get; } = DiagnosticPhrases.Translated(
        "; JSON files are read whole, so write large batches as JSON Lines (.jsonl)", "；JSON 文件会被整体读取，大批量材料请写成 JSON Lines（.jsonl）");

    public static DiagnosticPhrase HoldsReplacement { get; } = DiagnosticPhrases.Translated(
        " (it holds U+FFFD, which replaces bytes that are not UTF-8)", "（其中有 U+FFFD，即解码时替代非 UTF-8 字节的字符）");

    /// <summary>The JSON reader's reason, in parentheses after the message.</summary>
    public static DiagnosticPhrase JsonReason(string message) =>
        DiagnosticPhrases.Translated(" (" + message + ")", "（解析器原文：“{0}”）", message);
}
