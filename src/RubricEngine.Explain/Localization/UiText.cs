namespace RubricEngine.Explain.Localization;

/// <summary>
/// The fixed words of explanations (verdicts, reasons, markers) in each supported language. Headings live in
/// the templates themselves; these are the words that depend on data, so the data model carries them.
/// </summary>
internal sealed record UiText(
    string Language,
    string Met,
    string NotMet,
    string Unknown,
    string NotApplicable,
    string Missing,
    string Conflicting,
    string TooFewRecords,
    string InsufficientEvidence,
    string UnknownScore,
    string Gate,
    string Criterion,
    string AssessmentDate,
    string NoLabelMarker)
{
    public static UiText English { get; } = new(
        "en", "met", "not met", "unknown", "not applicable", "missing", "conflicting evidence", "too few records",
        "Insufficient evidence", "unknown", "gate", "criterion", "assessment date", " (no English label)");

    public static UiText Chinese { get; } = new(
        "zh", "满足", "不满足", "未知", "不适用", "缺失", "证据冲突", "记录过少",
        "证据不足", "未知", "门槛条件", "标准", "评估日期", "（无中文标签）");

    /// <summary>The languages that have built-in templates and words.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "zh"];

    /// <summary>The words of a supported language, or null.</summary>
    public static UiText? For(string language) => language switch
    {
        "en" => English,
        "zh" => Chinese,
        _ => null,
    };

    /// <summary>A verdict or condition result word (met, not_met, unknown, not_applicable) in this language.</summary>
    public string Verdict(string word) => word switch
    {
        "met" => Met,
        "not_met" => NotMet,
        "not_applicable" => NotApplicable,
        "unknown" => Unknown,
        _ => word,
    };

    /// <summary>A missing-input reason word (missing, conflicting, too_few_records) in this language.</summary>
    public string Reason(string word) => word switch
    {
        "missing" => Missing,
        "conflicting" => Conflicting,
        "too_few_records" => TooFewRecords,
        _ => word,
    };
}
