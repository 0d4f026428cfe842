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
    /// <summary>The marker word for a placeholder whose value the decision does not hold.</summary>
    public string NotRecorded { get; init; } = "";

    /// <summary>Missing-input reasons beyond the positional ones: evidence not verified, or by the wrong method.</summary>
    public string Unverified { get; init; } = "unverified";

    /// <inheritdoc cref="Unverified"/>
    public string WrongMethod { get; init; } = "wrong method";

    /// <summary>Summary sentence: outcome, gate, the conditions that failed.</summary>
    public string SummaryGateNotMet { get; init; } = "";

    /// <summary>Summary sentence: outcome, gate, the decisive missing evidence.</summary>
    public string SummaryGateUnknown { get; init; } = "";

    /// <summary>Summary sentence: outcome, the deciding conditions of the tier met.</summary>
    public string SummaryTierMet { get; init; } = "";

    /// <summary>Summary sentence: outcome, tier, the decisive missing evidence.</summary>
    public string SummaryTierUnknown { get; init; } = "";

    /// <summary>Summary sentence: outcome, the first tier, what it failed on.</summary>
    public string SummaryNoTier { get; init; } = "";

    /// <summary>A criterion ({0}, quoted) and the one that made it met ({1}).</summary>
    public string Through { get; init; } = "";

    /// <summary>Between the items of a list inside a sentence.</summary>
    public string Separator { get; init; } = "";

    /// <summary>What an undecided outcome lacks when no single input could decide it.</summary>
    public string MoreEvidence { get; init; } = "";

    /// <summary>Why a criterion does not apply: outside its dates ({0} is the range).</summary>
    public string OutsideDates { get; init; } = "";

    /// <summary>Why a criterion does not apply: it is for another activity ({0}: the value that differs).</summary>
    public string OtherActivity { get; init; } = "";

    /// <summary>Why a criterion does not apply: only criteria that do not apply read it.</summary>
    public string OnlyServesNotApplicable { get; init; } = "";

    /// <summary>A date range's start and end: from {0}, until {0}.</summary>
    public string FromDate { get; init; } = "";

    /// <inheritdoc cref="FromDate"/>
    public string UntilDate { get; init; } = "";

    /// <summary>A comparison the trace does not show (an earlier operand of "and" decided already).</summary>
    public string NotEvaluated { get; init; } = "";

    /// <summary>A detail in parentheses after a name: " ({0})".</summary>
    public string Parenthesis { get; init; } = "";

    /// <summary>Between a word and its detail: ": ".</summary>
    public string Colon { get; init; } = "";

    /// <summary>Evidence words: page {0}, verified by {0}, self-declared.</summary>
    public string Page { get; init; } = "";

    /// <inheritdoc cref="Page"/>
    public string VerifiedBy { get; init; } = "";

    /// <inheritdoc cref="Page"/>
    public string SelfDeclared { get; init; } = "";

    /// <summary>The words for an input given several values: policy, steps, candidates.</summary>
    public ConflictText Conflicts { get; init; } = ConflictText.English;

    /// <summary>
    /// The words for the kinds of trace steps (the part of a rule name before its colon), by kind; empty for
    /// English, whose trace shows the rule names as the decision JSON holds them.
    /// </summary>
    public IReadOnlyDictionary<string, string> RuleKinds { get; init; } = new Dictionary<string, string>();

    /// <summary>Fixed phrases of the screener (details, trace values) and their wording in this language; empty for English.</summary>
    public IReadOnlyList<(string Pattern, string Replacement)> ScreenerPhrases { get; init; } = [];

    public static UiText English { get; } = new(
        "en", "met", "not met", "unknown", "not applicable", "missing", "conflicting evidence", "too few records",
        "Insufficient evidence", "unknown", "gate", "criterion", "assessment date", "[{0}]", " (no English label)", "scored", "computed",
        "The gate “{0}” is not met, so the fallback outcome applies.",
        "The gate “{0}” lacks the evidence to decide it.",
        "The conditions of “{0}” are met.",
        "The evidence cannot show whether “{0}” applies.",
        "No tier is met, so the fallback outcome applies.",
        "true",
        "false")
    {
        NotRecorded = "not in the decision",
        NotEvaluated = "not evaluated",
        Colon = ": ",
        Parenthesis = " ({0})",
        Page = "page {0}",
        VerifiedBy = "verified by {0}",
        SelfDeclared = "self-declared",
        SummaryGateNotMet = "{0}: the gate “{1}” is not met ({2}).",
        SummaryGateUnknown = "{0}: the gate “{1}” cannot be decided without {2}.",
        SummaryTierMet = "{0}: met on {1}.",
        SummaryTierUnknown = "{0}: whether “{1}” applies cannot be decided without {2}.",
        SummaryNoTier = "{0}: no tier is met; “{1}” fails on {2}.",
        Through = "{0} through {1}",
        Separator = "; ",
        MoreEvidence = "more evidence",
        OutsideDates = "outside its dates ({0})",
        OtherActivity = "for another activity ({0})",
        OnlyServesNotApplicable = "only serves criteria that do not apply",
        FromDate = "from {0}",
        UntilDate = "until {0}",
        Conflicts = ConflictText.English,
    };

    public static UiText Chinese { get; } = new(
        "zh", "满足", "不满足", "未知", "不适用", "缺失", "证据冲突", "记录过少",
        "证据不足", "未知", "门槛条件", "标准", "评估日期", "〔{0}〕", "（无中文标签）", "已计分", "已计算",
        "门槛条件“{0}”未满足，因此适用默认结论。",
        "门槛条件“{0}”缺少足以判断的证据。",
        "满足“{0}”的条件。",
        "现有证据无法判断是否适用“{0}”。",
        "未满足任何等级的条件，因此适用默认结论。",
        "是",
        "否")
    {
        NotRecorded = "决定中无此值",
        Unverified = "未经核实",
        WrongMethod = "方法不符",
        NotEvaluated = "未评估",
        Colon = "：",
        Parenthesis = "（{0}）",
        Page = "第 {0} 页",
        VerifiedBy = "由 {0} 核实",
        SelfDeclared = "自行声明",
        SummaryGateNotMet = "{0}：门槛条件“{1}”未满足（{2}）。",
        SummaryGateUnknown = "{0}：缺少{2}，无法判断门槛条件“{1}”。",
        SummaryTierMet = "{0}：依据{1}。",
        SummaryTierUnknown = "{0}：缺少{2}，无法判断是否适用“{1}”。",
        SummaryNoTier = "{0}：未满足任何等级；“{1}”未满足：{2}。",
        Through = "{0}（经由{1}）",
        Separator = "；",
        MoreEvidence = "更多证据",
        OutsideDates = "不在适用日期内（{0}）",
        OtherActivity = "适用于其他经济活动（{0}）",
        OnlyServesNotApplicable = "仅服务于不适用的标准",
        FromDate = "自 {0} 起",
        UntilDate = "至 {0} 止",
        Conflicts = ConflictText.Chinese,
        RuleKinds = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["input"] = "输入",
            ["derived"] = "派生值",
            ["criterion"] = "标准",
            ["gate"] = "门槛条件",
            ["tier"] = "等级",
            ["indicator"] = "指标",
            ["group"] = "指标组",
            ["score"] = "总分",
            ["cohort"] = "同组统计",
            ["subject"] = "同组对象",
            ["note"] = "提示",
            ["classification"] = "分类",
        },
        ScreenerPhrases =
        [
            (@"(\d+) of at least (\d+) records", "$1 条记录，至少需要 $2 条"),
            (@"(\d+) values disagree: ", "$1 个值不一致："),
            ("needed by criteria with a date range", "有日期范围的标准需要评估日期"),
            (@"too few records \(([^()]*)\)", "记录过少（$1）"),
            (@"conflicting \(([^()]*)\)", "证据冲突（$1）"),
            (@"unknown \(division by zero\)", "未知（除以零）"),
            (@"unknown \(overflow\)", "未知（数值溢出）"),
            (@"unknown \(no assessment date for a dated criterion\)", "未知（有日期范围的标准缺少评估日期）"),
            (@"unknown \(no indicator is scored\)", "未知（没有已评分的指标）"),
            (@"= missing\b", "= 缺失"),
            (@"= unknown\b", "= 未知"),
            (@"= true\b", "= 是"),
            (@"= false\b", "= 否"),
            (@"^too few records$", "记录过少"),
            (@"gate '([^']*)' is not met", "门槛条件“$1”未满足"),
            (@"gate '([^']*)' is unknown", "门槛条件“$1”无法判断"),
            (@"gate '([^']*)' is in conflict", "门槛条件“$1”证据冲突"),
            (@"tier '([^']*)' is met", "满足等级“$1”"),
            (@"tier '([^']*)' is unknown", "等级“$1”无法判断"),
            (@"tier '([^']*)' is in conflict", "等级“$1”证据冲突"),
            (@"^no tier is met$", "未满足任何等级"),
            (@"required indicator '([^']*)' is not scored", "必需指标“$1”未评分"),
            (@"(\S+) of the weight is unscored, more than (\S+)", "未评分的权重为 $1，超过 $2"),
            (@"\[(\d+) records\]", "[$1 条记录]"),
            (@"\(conflicting\)", "（证据冲突）"),
            (@"= conflicting\b", "= 证据冲突"),
            (@"^conflicting$", "证据冲突"),
            (@"= not_applicable\b", "= 不适用"),
            (@"^not_applicable$", "不适用"),
            (@"= unverified\b", "= 未经核实"),
            (@"^unverified$", "未经核实"),
            (@"= wrong_method\b", "= 方法不符"),
            (@"\(wrong_method\)", "（方法不符）"),
            (@"\(unverified\)", "（未经核实）"),
            (@"no value of (\d+) meets 'requires ([^']*)'", "$1 个值均不满足要求：$2"),
            (@"^wrong_method$", "方法不符"),
            ("excluded from the cohort", "不计入同组比较"),
            (@"no member '([^']*)' in the cohort", "同组中没有成员“$1”"),
            (@"not a member \(where (.*)\)$", "不是同组成员（条件：$1）"),
            (@"^true$", "是"),
            (@"^false$", "否"),
            (@"^missing$", "缺失"),
            ("no indicator is scored", "没有已评分的指标"),
            ("division by zero", "除以零"),
            ("overflow", "数值溢出"),
        ],
    };

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

    /// <summary>A trace step's rule name for reading: <c>criterion:low_emissions</c>, in Chinese <c>标准 low_emissions</c>.</summary>
    public string Rule(string rule)
    {
        var colon = rule.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? rule : rule[..colon];
        return RuleKinds.TryGetValue(kind, out var word) ? (colon < 0 ? word : word + " " + rule[(colon + 1)..]) : rule;
    }

    /// <summary>A missing-input reason word (missing, conflicting, too_few_records) in this language.</summary>
    public string Reason(string word) => word switch
    {
        "missing" => Missing,
        "conflicting" => Conflicting,
        "too_few_records" => TooFewRecords,
        "unverified" => Unverified,
        "wrong_method" => WrongMethod,
        _ => word,
    };
}
