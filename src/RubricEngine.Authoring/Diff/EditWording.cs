using System.Text.RegularExpressions;
namespace RubricEngine.Authoring.Diff;

/// <summary>
/// An edit's description in the language of a diff or impact report. The words of the program (added, criterion,
/// threshold...) are translated; the rubric's own wording (names, conditions, numbers with units) stays as
/// the rubric wrote it. The element and aspect words follow the explanations' Chinese terms (门槛条件, 标准, 等级).
/// </summary>
internal static partial class EditWording
{
    private static readonly Dictionary<string, string> ChineseWords = new(StringComparer.Ordinal)
    {
        ["metadata"] = "元数据", ["outcome"] = "结论", ["input"] = "输入", ["derived"] = "派生值",
        ["criterion"] = "标准", ["gate"] = "门槛条件", ["group"] = "指标组", ["indicator"] = "指标",
        ["score"] = "得分", ["tier"] = "等级", ["tiers"] = "等级", ["classification"] = "分类", ["example"] = "示例",
        ["condition"] = "条件", ["threshold"] = "阈值", ["weight"] = "权重", ["title"] = "标题",
        ["explanation"] = "说明", ["citation"] = "出处", ["from"] = "生效日期", ["until"] = "失效日期",
        ["kind"] = "种类", ["unit"] = "单位", ["formula"] = "公式", ["type"] = "类型", ["source"] = "来源",
        ["description"] = "描述", ["version"] = "版本", ["id"] = "标识", ["name"] = "名称", ["method"] = "方法",
        ["order"] = "顺序", ["content"] = "内容", ["otherwise"] = "默认结论", ["fallback"] = "默认结论",
        ["conflict policy"] = "冲突处理规则", ["requirements"] = "证据要求", ["range"] = "取值范围", ["minimum count"] = "最少记录数",
        ["partial scoring"] = "部分评分规则", ["gates"] = "门槛条件", ["on conflict"] = "冲突时结论", ["on unknown"] = "未知时结论",
        ["cohort exclusion"] = "群组排除", ["definition"] = "定义", ["note"] = "备注", ["warning"] = "警告", ["message"] = "消息",
    };

    /// <summary>The edit as one line in <paramref name="language"/> ("en" or "zh").</summary>
    public static string Describe(RubricEdit edit, string language) => language == "zh" ? Chinese(edit) : edit.Summary;

    /// <summary>What the edit does to which element, without the wordings: <c>changed tier transfer threshold</c>, <c>修改等级 transfer 的阈值</c>.</summary>
    public static string Heading(RubricEdit edit, string language) => (language, edit.Kind) switch
    {
        ("zh", EditKind.Added) => $"新增{Word(edit.Element)} {edit.Name}",
        ("zh", EditKind.Removed) => $"删除{Word(edit.Element)} {edit.Name}",
        ("zh", _) => $"修改{Word(edit.Element)} {edit.Name} 的{Word(edit.Aspect)}",
        (_, EditKind.Added) => $"added {edit.Element} {edit.Name}",
        (_, EditKind.Removed) => $"removed {edit.Element} {edit.Name}",
        _ => $"changed {edit.Element} {edit.Name} {edit.Aspect}",
    };

    /// <summary>An old or new wording as a reader of <paramref name="language"/> reads it (see <see cref="ChineseWording"/>).</summary>
    public static string Wording(string? wording, string language) => language == "zh" ? ChineseWording(wording) : wording ?? string.Empty;

    // What the diff writes where a rubric has nothing to write (Wording): the program's words, not the rubric's.
    private static readonly Dictionary<string, string> ChineseAbsences = new(StringComparer.Ordinal)
    {
        ["(none)"] = "（无）", ["(open)"] = "（不限）", ["(every indicator scored)"] = "（全部指标计分）",
        ["(every gate)"] = "（全部门槛条件）", ["(without gates)"] = "（不含门槛条件）",
    };

    private static string Chinese(RubricEdit edit) => edit.Kind switch
    {
        EditKind.Added => $"{Heading(edit, "zh")}：{ChineseWording(edit.New)}",
        EditKind.Removed => $"{Heading(edit, "zh")}：{ChineseWording(edit.Old)}",
        _ => $"{Heading(edit, "zh")}：{ChineseWording(edit.Old)} -> {ChineseWording(edit.New)}",
    };

    /// <summary>
    /// The rubric's wording as a Chinese reader reads it: a text in several languages (<c>en "Wind" zh "风电"</c>)
    /// by its Chinese text alone, as the explanations show it; one without Chinese as written; an absence in Chinese.
    /// </summary>
    private static string ChineseWording(string? wording)
    {
        if (wording is null)
        {
            return string.Empty;
        }

        if (ChineseAbsences.TryGetValue(wording, out var absence))
        {
            return absence;
        }

        var texts = LanguageTexts().Match(wording);
        var chinese = texts.Success ? texts.Groups["language"].Captures.ToList().FindIndex(c => c.Value == "zh") : -1;
        return chinese >= 0 ? texts.Groups["text"].Captures[chinese].Value : wording;
    }

    // An aspect we have no word for is a term of the rubric language, shown as written.
    private static string Word(string term) => ChineseWords.GetValueOrDefault(term, term);

    // A text in languages as the diff words it (Wording.Text): each language tag and its quoted text.
    [GeneratedRegex(@"^(?:(?<language>[a-z]{2,3}(?:-[A-Za-z0-9]+)*) (?<text>""(?:[^""\\]|\\.)*"") ?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTexts();
}
