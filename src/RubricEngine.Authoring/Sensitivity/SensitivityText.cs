using System.Globalization;
using System.Text;
using RubricEngine.Explain;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;

namespace RubricEngine.Authoring.Sensitivity;

/// <summary>
/// A sensitivity report as plain text (it reads the same as Markdown), in English or Chinese. Margins and scores go
/// through the number formatter of the explanation above it (<see cref="ExplanationRenderer.ScoreText"/>): rounded to
/// the rubric's display precision and marked <c>≈</c>; weights are the rubric's own and stay exact, and the JSON form
/// keeps every number exact. Outcomes show by their labels in the language, as the explanation above names them.
/// </summary>
public static class SensitivityText
{
    /// <summary>
    /// The margins, then the indicator changes, then the weight changes that change the outcome, in
    /// <paramref name="language"/> (<c>en</c> or <c>zh</c>; anything else reads as English), with numbers at the display
    /// precision of <paramref name="rubric"/>, the rubric the report was made for.
    /// </summary>
    public static string Format(SensitivityReport report, Rubric rubric, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rubric);
        var w = language == "zh" ? Words.Chinese : Words.English;
        string Outcome(string outcome) => ExplanationRenderer.OutcomeText(rubric, outcome, language);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{string.Format(CultureInfo.InvariantCulture, w.Title, report.DossierId, Outcome(report.Outcome))}\n\n");
        text.Append(w.Margins).Append('\n');
        foreach (var m in report.Margins)
        {
            var state = m.Holds switch { true => w.Holds, false => w.Fails, _ => w.Unknown };
            var margin = m.Margin is { } x ? Signed(x, rubric) + Unit(m.Unit) : w.Unknown;
            text.Append(CultureInfo.InvariantCulture, $"  {w.Rule(m.Rule)}{w.Colon}{m.Comparison}{w.Colon}{string.Format(CultureInfo.InvariantCulture, w.Margin, margin, state)}\n");
        }

        if (report.Indicators.Count > 0)
        {
            text.Append('\n').Append(w.Indicators).Append('\n');
            foreach (var i in report.Indicators)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {string.Format(CultureInfo.InvariantCulture, w.Indicator, i.Indicator, Number(i.Score, rubric, w), Change(i.Raise, rubric, w, Outcome), Change(i.Lower, rubric, w, Outcome))}\n");
            }

            var flips = report.Weights.Where(x => x.Outcome != report.Outcome).ToList();
            text.Append(CultureInfo.InvariantCulture, $"\n{string.Format(CultureInfo.InvariantCulture, w.Weights, NumberText.Exact(report.WeightStepPercent), flips.Count == 0 ? w.None : string.Empty)}\n");
            foreach (var x in flips)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {string.Format(CultureInfo.InvariantCulture, w.Weight, w.Element(x.Element), x.Name, NumberText.Exact(x.Weight), NumberText.Exact(x.NewWeight), Outcome(x.Outcome), Number(x.Score, rubric, w))}\n");
            }
        }

        return text.ToString();
    }

    private static string Change(ScoreChange? change, Rubric rubric, Words w, Func<string, string> outcome) =>
        change is null ? w.NoChange : string.Format(CultureInfo.InvariantCulture, change.Beyond ? w.ByMoreThan : w.By, Number(change.By, rubric, w), outcome(change.Outcome));

    private static string Number(decimal? value, Rubric rubric, Words w) => value is { } v ? ExplanationRenderer.ScoreText(rubric, v) : w.Unknown;

    // A positive margin carries its sign: "+10 W/m2", "≈ +0.8722".
    private static string Signed(decimal value, Rubric rubric)
    {
        var shown = ExplanationRenderer.ScoreText(rubric, value);
        return value <= 0 ? shown : shown.StartsWith("≈ ", StringComparison.Ordinal) ? "≈ +" + shown[2..] : "+" + shown;
    }

    private static string Unit(string unit) => unit.Length == 0 ? string.Empty : " " + unit;

    private sealed record Words(
        string Title, string Margins, string Margin, string Holds, string Fails, string Unknown, string Colon,
        string Indicators, string Indicator, string NoChange, string ByMoreThan, string By, string Weights, string None, string Weight,
        IReadOnlyDictionary<string, string> Kinds)
    {
        public static readonly Words English = new(
            "Sensitivity of {0} ({1})", "Margins (value minus threshold, in the threshold's unit):", "margin {0} ({1})", "holds", "fails", "unknown", ": ",
            "Smallest change of one indicator's score that changes the outcome:", "{0} ({1}): raise {2}; lower {3}",
            "no change does", "by more than {0} -> {1}", "by {0} -> {1}",
            "Weights changed by {0} % that change the outcome: {1}", "none", "{0} {1}: weight {2} -> {3} gives {4} (score {5})",
            new Dictionary<string, string>());

        public static readonly Words Chinese = new(
            "{0} 的敏感性（{1}）", "余量（数值减阈值，以阈值的单位计）：", "余量 {0}（{1}）", "成立", "不成立", "未知", "：",
            "改变结论所需的单项指标得分最小变化：", "{0}（{1}）：提高 {2}；降低 {3}",
            "任何变化都不改变结论", "超过 {0} → {1}", "{0} → {1}",
            "权重变化 {0} % 时改变结论的项：{1}", "无", "{0} {1}：权重 {2} → {3}，结论为 {4}（得分 {5}）",
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["criterion"] = "标准", ["gate"] = "门槛条件", ["tier"] = "等级", ["indicator"] = "指标", ["group"] = "指标组", ["derived"] = "派生值",
            });

        // "criterion:x" reads "标准 x" in Chinese; English keeps the rule name as the decision JSON has it.
        public string Rule(string rule)
        {
            var colon = rule.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && Kinds.TryGetValue(rule[..colon], out var kind) ? kind + " " + rule[(colon + 1)..] : rule;
        }

        public string Element(string element) => Kinds.TryGetValue(element, out var kind) ? kind : element;
    }
}
