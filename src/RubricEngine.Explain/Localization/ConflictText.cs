namespace RubricEngine.Explain.Localization;

/// <summary>
/// The words an explanation uses for an input given several values: the policy, each step tried and why it kept what
/// it kept, why the resolution stopped, and what became of each candidate. Keyed by the stable words of the
/// decision's <c>conflicts</c> entries (docs/screening.md), so the explanation reads the decision, not the dossier.
/// </summary>
internal sealed record ConflictText
{
    /// <summary>A conflict policy's steps by kind word (<c>prefer_verified</c>), and the word that joins them.</summary>
    public IReadOnlyDictionary<string, string> PolicySteps { get; init; } = new Dictionary<string, string>();

    /// <inheritdoc cref="PolicySteps"/>
    public string ThenStep { get; init; } = "";

    /// <summary>The policy line when the input's evidence requirements left a single admissible value.</summary>
    public string KeptByRequirements { get; init; } = "";

    /// <summary>The policy line when the admissible values agree, so no step was needed.</summary>
    public string ValuesAgree { get; init; } = "";

    /// <summary>The policy line when no value meets the input's evidence requirements.</summary>
    public string NoneAdmissible { get; init; } = "";

    /// <summary>The policy line of an input that declares no conflict policy.</summary>
    public string NoPolicy { get; init; } = "";

    /// <summary>A step tried: {0} the step, {1} the candidates it kept, {2} those before it, {3} why.</summary>
    public string StepLine { get; init; } = "";

    /// <summary>Why a step kept what it kept, by <c>kind:reason</c> (<c>prefer_verified:all_qualify</c>).</summary>
    public IReadOnlyDictionary<string, string> StepReasons { get; init; } = new Dictionary<string, string>();

    /// <summary>Why the resolution stopped after its last step: {0} is the step.</summary>
    public string LeftOne { get; init; } = "";

    /// <inheritdoc cref="LeftOne"/>
    public string LeftAgreeing { get; init; } = "";

    /// <inheritdoc cref="LeftOne"/>
    public string NoFurtherStep { get; init; } = "";

    /// <inheritdoc cref="LeftOne"/>
    public string LeftToCriteria { get; init; } = "";

    /// <summary>What became of a candidate: kept, set aside (why in <see cref="UiText.Parenthesis"/>), still in conflict, left to the criteria.</summary>
    public string Kept { get; init; } = "";

    /// <inheritdoc cref="Kept"/>
    public string SetAside { get; init; } = "";

    /// <inheritdoc cref="Kept"/>
    public string InConflict { get; init; } = "";

    /// <inheritdoc cref="Kept"/>
    public string ForTheCriteria { get; init; } = "";

    /// <summary>The step that set a candidate aside: {0} its number, {1} the step.</summary>
    public string AtStep { get; init; } = "";

    /// <summary>Why a value was set aside before any step: the requirement it fails, by kind word (<c>method</c>).</summary>
    public IReadOnlyDictionary<string, string> Inadmissible { get; init; } = new Dictionary<string, string>();

    /// <summary>Evidence details shown for a candidate, where the steps read them: method {0}, dated {0}.</summary>
    public string Method { get; init; } = "";

    /// <inheritdoc cref="Method"/>
    public string Dated { get; init; } = "";

    public static ConflictText English { get; } = new()
    {
        PolicySteps = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["prefer_method"] = "prefer the prescribed methodology",
            ["prefer_verified"] = "prefer verified evidence",
            ["prefer_latest"] = "prefer the latest evidence",
            ["prefer_lowest"] = "take the lowest value",
            ["prefer_highest"] = "take the highest value",
            ["agree_on_verdict"] = "agree on the verdict",
        },
        ThenStep = ", then ",
        KeptByRequirements = "only one value meets the input's evidence requirements",
        ValuesAgree = "the admissible values agree",
        NoneAdmissible = "no value meets the input's evidence requirements",
        NoPolicy = "no policy: conflicting values stay unknown",
        StepLine = "{0} kept {1} of {2}: {3}",
        StepReasons = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["prefer_method:preferred"] = "kept those of the methodology",
            ["prefer_method:all_qualify"] = "all of the methodology",
            ["prefer_method:none_qualify"] = "none of the methodology",
            ["prefer_verified:preferred"] = "kept the verified ones",
            ["prefer_verified:all_qualify"] = "all verified",
            ["prefer_verified:none_qualify"] = "none verified",
            ["prefer_latest:preferred"] = "kept the latest",
            ["prefer_latest:all_qualify"] = "all of the same latest date",
            ["prefer_latest:none_qualify"] = "none dated",
            ["prefer_lowest:extreme"] = "kept the lowest",
            ["prefer_highest:extreme"] = "kept the highest",
            ["prefer_lowest:not_comparable"] = "the values cannot be ordered",
            ["prefer_highest:not_comparable"] = "the values cannot be ordered",
            ["agree_on_verdict:left_to_criteria"] = "each criterion judges every candidate",
        },
        LeftOne = "{0} left one value",
        LeftAgreeing = "{0} left values that agree",
        NoFurtherStep = "no further step: the values stay in conflict",
        LeftToCriteria = "left to the criteria by {0}",
        Kept = "kept",
        SetAside = "set aside",
        InConflict = "in conflict",
        ForTheCriteria = "judged by each criterion",
        AtStep = "at step {0}, {1}",
        Inadmissible = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["verified"] = "not admissible: not third-party verified",
            ["verified_by"] = "not admissible: not verified by a verifier the rubric names",
            ["verified_as"] = "not admissible: not of the verification kind required",
            ["method"] = "not admissible: not measured by the prescribed methodology",
        },
        Method = "method {0}",
        Dated = "dated {0}",
    };

    public static ConflictText Chinese { get; } = new()
    {
        PolicySteps = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["prefer_method"] = "优先采用规定的方法",
            ["prefer_verified"] = "优先采用经核实的证据",
            ["prefer_latest"] = "优先采用最新的证据",
            ["prefer_lowest"] = "取最小值",
            ["prefer_highest"] = "取最大值",
            ["agree_on_verdict"] = "以判定结果是否一致为准",
        },
        ThenStep = "，其次",
        KeptByRequirements = "仅一个值符合该输入的证据要求",
        ValuesAgree = "符合要求的值相互一致",
        NoneAdmissible = "没有符合该输入证据要求的值",
        NoPolicy = "无冲突处理规则：相互冲突的值视为未知",
        StepLine = "{0}：{2} 个值中保留 {1} 个（{3}）",
        StepReasons = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["prefer_method:preferred"] = "保留采用规定方法的值",
            ["prefer_method:all_qualify"] = "均采用规定的方法",
            ["prefer_method:none_qualify"] = "均未采用规定的方法",
            ["prefer_verified:preferred"] = "保留经核实的值",
            ["prefer_verified:all_qualify"] = "均经核实",
            ["prefer_verified:none_qualify"] = "均未经核实",
            ["prefer_latest:preferred"] = "保留日期最新的值",
            ["prefer_latest:all_qualify"] = "日期相同，均为最新",
            ["prefer_latest:none_qualify"] = "均无日期",
            ["prefer_lowest:extreme"] = "保留最小值",
            ["prefer_highest:extreme"] = "保留最大值",
            ["prefer_lowest:not_comparable"] = "数值无法比较大小",
            ["prefer_highest:not_comparable"] = "数值无法比较大小",
            ["agree_on_verdict:left_to_criteria"] = "由各项标准分别判定每个候选值",
        },
        LeftOne = "经“{0}”后只剩一个值",
        LeftAgreeing = "经“{0}”后剩下的值相互一致",
        NoFurtherStep = "没有后续步骤：这些值仍相互冲突",
        LeftToCriteria = "按“{0}”交由各项标准判定",
        Kept = "采用",
        SetAside = "舍弃",
        InConflict = "仍相互冲突",
        ForTheCriteria = "由各项标准判定",
        AtStep = "第 {0} 步，{1}",
        Inadmissible = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["verified"] = "不可采：未经第三方核实",
            ["verified_by"] = "不可采：核实方不在评价标准所列之内",
            ["verified_as"] = "不可采：核实类型不符合要求",
            ["method"] = "不可采：未采用规定的方法",
        },
        Method = "方法 {0}",
        Dated = "日期 {0}",
    };
}
