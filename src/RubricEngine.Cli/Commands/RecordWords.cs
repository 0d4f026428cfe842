namespace RubricEngine.Cli.Commands;

/// <summary>
/// The words the record commands write for a person (status lines, table headers, statuses and kinds) in the
/// language of <c>--lang</c>. JSON and CSV listings keep the English field names: they are data, like the
/// decision JSON. Each text with braces is a composite format; ids, paths and numbers are filled in invariantly.
/// </summary>
internal sealed record RecordWords(
    string RecordedRun,
    string ResumingRun,
    string CohortResumed,
    string ExportVerified,
    string StoreVerified,
    string Findings,
    string Exported,
    string Replayed,
    string RescreensDifferently,
    IReadOnlyList<string> RunHeaders,
    IReadOnlyList<string> RecordHeaders,
    IReadOnlyList<string> FieldHeaders,
    IReadOnlyDictionary<string, string> Fields,
    string Language,
    string Finished,
    string Unfinished,
    string RunEnded,
    string RunStarted,
    string RunResumed)
{
    /// <summary>The field names of a listing as JSON and CSV write them, in any language.</summary>
    public static IReadOnlyList<string> RunFields { get; } = ["run", "first_record", "started", "rubric", "decisions", "errors", "status"];

    /// <summary>The field names of a run's records as JSON and CSV write them.</summary>
    public static IReadOnlyList<string> RecordFields { get; } = ["record", "kind", "dossier", "outcome", "score", "detail"];

    public static RecordWords English { get; } = new(
        "recorded run {0} in {1}",
        "resuming run {0}: {1} dossiers already recorded",
        "; a cohort is screened whole, and the recorded ones must decide as before",
        "{0}: exported run verified",
        "{0}: chain and contents verified",
        "{0}: {1} findings",
        "exported run {0} to {1}",
        "replayed {0} decisions: {1} byte-identical, {2} different",
        "{0}: warning: record {1} re-screens to a different decision; run 'rubric replay' for the difference",
        RunFields,
        RecordFields,
        ["field", "value"],
        new Dictionary<string, string>(),
        "en",
        "finished",
        "unfinished",
        "screened {0}, failed {1}, skipped {2}",
        "started by {0}@{1} at {2}, engine {3}",
        "resumed by {0}@{1} at {2}, engine {3}");

    public static RecordWords Chinese { get; } = new(
        "已记录运行 {0}，存于 {1}",
        "继续运行 {0}：已记录 {1} 份材料",
        "；群组整体重新筛选，已记录的材料须得出与之前相同的决定",
        "{0}：导出的运行已核验",
        "{0}：哈希链与内容已核验",
        "{0}：{1} 项发现",
        "已将运行 {0} 导出到 {1}",
        "已重放 {0} 个决定：{1} 个逐字节相同，{2} 个不同",
        "{0}：警告：记录 {1} 重新筛选后得出不同的决定；差异请运行 rubric replay 查看",
        ["运行", "首条记录", "开始时间", "标准", "决定数", "错误数", "状态"],
        ["记录", "类型", "材料", "结论", "得分", "详情"],
        ["字段", "值"],
        new Dictionary<string, string>
        {
            ["record"] = "记录",
            ["kind"] = "类型",
            ["run"] = "运行",
            ["dossier"] = "材料",
            ["source"] = "来源",
            ["rubric_content"] = "标准内容哈希",
            ["dossier_content"] = "材料内容哈希",
            ["engine"] = "引擎",
            ["program_version"] = "程序版本",
            ["hash"] = "记录哈希",
            ["payload"] = "内容",
        },
        "zh",
        "已完成",
        "未完成",
        "已筛选 {0}，失败 {1}，跳过 {2}",
        "由 {0}@{1} 于 {2} 开始，引擎 {3}",
        "由 {0}@{1} 于 {2} 继续，引擎 {3}");

    /// <summary>The words of <c>--lang</c>: Chinese for zh, English otherwise.</summary>
    public static RecordWords For(string? language) => language == "zh" ? Chinese : English;

    /// <summary>A record field's name in this language (the stored name when there is no other).</summary>
    public string Field(string name) => Fields.GetValueOrDefault(name, name);

    /// <summary>A record kind in this language (the stored kind when there is no other), worded as the store's diagnostics word it.</summary>
    public string Kind(string kind) => Model.Diagnostics.DiagnosticPhrases.StoredKind(kind).In(Language);
}
