namespace RubricEngine.Cli.BatchRun;

/// <summary>
/// The words of the lines a batch writes on standard error (progress, summary, interruption, the wrong-rubric
/// hint) in the language of <c>--lang</c>. Each is a composite format; numbers and names are filled in invariantly.
/// </summary>
internal sealed record BatchWords(
    string Counted,
    string CountedOfUnknown,
    string FailedSkipped,
    string Rate,
    string TimeLeft,
    string Summary,
    string Progress,
    string Interrupted,
    string NotWritten,
    string WrongRubric,
    string Seconds,
    string Minutes,
    string Hours)
{
    public static BatchWords English { get; } = new(
        "{0} of {1} dossiers",
        "{0} dossiers (total unknown)",
        ", failed {0}, skipped {1}",
        ", {0:0}/s",
        ", {0:0}%, about {1} left",
        "screened {0}, failed {1}, skipped {2}",
        "progress: ",
        "interrupted: ",
        "; '{0}' was not written and its partial output was removed",
        "rubric: hint: {0} of {1} dossiers failed on inputs that '{2}' does not declare or that they lack ({3}); is it the rubric these dossiers were written for?",
        "{0:0} s",
        "{0:0} min",
        "{0:0.0} h");

    public static BatchWords Chinese { get; } = new(
        "{0} / {1} 份材料",
        "{0} 份材料（总数未知）",
        "，失败 {0}，跳过 {1}",
        "，每秒 {0:0} 份",
        "，{0:0}%，约剩 {1}",
        "已筛选 {0}，失败 {1}，跳过 {2}",
        "进度：",
        "已中断：",
        "；未写入“{0}”，已删除其不完整的输出",
        "rubric：提示：{1} 份材料中有 {0} 份因输入不符而失败：“{2}”未声明这些输入，或材料缺少这些输入（{3}）；这些材料是否按此标准编写？",
        "{0:0} 秒",
        "{0:0} 分钟",
        "{0:0.0} 小时");

    /// <summary>The words of <c>--lang</c>: Chinese for zh, English otherwise.</summary>
    public static BatchWords For(string? language) => language == "zh" ? Chinese : English;
}
