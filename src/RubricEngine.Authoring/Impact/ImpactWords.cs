using RubricEngine.Explain.Data;
using RubricEngine.Explain.Localization;

namespace RubricEngine.Authoring.Impact;

/// <summary>
/// The fixed words of the impact table and report in one language, beside the explanations' own words
/// (<see cref="UiText"/>) and the rubric's outcome labels, which they reuse.
/// </summary>
internal sealed record ImpactWords(
    string Language, string Heading, string Transitions, string From, string To, string Count,
    string ChangedDossiers, string Dossier, string Score, string CausedBy, string OnlyTogether, string Edits, string NotAlone,
    string Failed, string None, string SummaryLine, string Colon, string Comma, string Semicolon, string ListSeparator, string WithOthers)
{
    // Chinese takes full-width punctuation between its words (，；：（）) and a list comma (、) between edit numbers;
    // numbers and the rubric's own text keep theirs.
    public static ImpactWords English { get; } = new(
        "en", "Impact of {0} -> {1}: {2} dossiers, {3} changed", "Transitions", "from", "to", "dossiers",
        "Changed dossiers", "dossier", "score", "caused by edit {0}", "only the edits together", "Edits", " (cannot be applied alone: {0})",
        "failed", "none", "impact: {0} dossiers, {1} changed", ": ", ", ", "; ", ", ", "{0} (+{1})");

    public static ImpactWords Chinese { get; } = new(
        "zh", "修订影响：{0} -> {1}：{2} 份材料，其中 {3} 份有变化", "结论转移", "原结论", "新结论", "数量",
        "结论或得分变化的材料", "材料", "得分", "原因（修订编号）{0}", "仅在多项修订共同作用下", "修订", "（无法单独应用：{0}）",
        "无法筛查", "无", "修订影响：{0} 份材料，其中 {1} 份有变化", "：", "，", "；", "、", "{0}（+{1}）");

    public static ImpactWords For(string language) => language == "zh" ? Chinese : English;

    public Labels Labels => new(UiText.For(Language)!);

    /// <summary>An outcome's label in this language, from the version that gave it; failed is ours.</summary>
    public string Outcome(Model.Rubrics.Rubric rubric, string outcome) =>
        outcome == ImpactAnalysis.Failed ? Failed : ExplanationData.OutcomeTitle(rubric, outcome, Labels);
}
