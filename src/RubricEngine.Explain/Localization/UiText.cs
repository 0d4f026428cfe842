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
    string InlineMissing,
    string NoLabelMarker,
    string Scored,
    string Computed,
    string GateNotMet,
    string GateUnknown,
    string TierMet,
    string TierUnknown,
    string NoTierMet,
    string True,
    string False)
{
    public static UiText English { get; } = new(
        "en", "met", "not met", "unknown", "not applicable", "missing", "conflicting evidence", "too few records",
        "Insufficient evidence", "unknown", "gate", "criterion", "assessment date", "[{0}]", " (no English label)", "scored", "computed",
        "The gate “{0}” is not met, so the fallback outcome applies.",
        "The gate “{0}” lacks the evidence to decide it.",
        "The conditions of “{0}” are met.",
        "The evidence cannot show whether “{0}” applies.",
        "No tier is met, so the fallback outcome applies.",
        "true",
        "false");

    public static UiText Chinese { get; } = new(
        "zh", "满足", "不满足", "未知", "不适用", "缺失", "证据冲突", "记录过少",
        "证据不足", "未知", "门槛条件", "标准", "评估日期", "〔{0}〕", "（无中文标签）", "已计分", "已计算",
        "门槛条件“{0}”未满足，因此适用默认结论。",
        "门槛条件“{0}”缺少足以判断的证据。",
        "满足“{0}”的条件。",
        "现有证据无法判断是否适用“{0}”。",
        "未满足任何等级的条件，因此适用默认结论。",
        "是",
        "否");

    /// <summary>The languages that have built-in templates and words.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "zh"];

    /// <summary>The words of a supported language, or null.</summary>
    public static UiText? For(string language) => language switch
    {
        "en" => English,
        "zh" => Chinese,
        _ => null,
    };

    /// <summary>A verdict or trace result word (met, not_met, unknown, not_applicable, scored, computed) in this language.</summary>
    public string Verdict(string word) => word switch
    {
        "met" => Met,
        "not_met" => NotMet,
        "not_applicable" => NotApplicable,
        "unknown" => Unknown,
        "conflict" => Conflicting,
        "scored" => Scored,
        "computed" => Computed,
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
