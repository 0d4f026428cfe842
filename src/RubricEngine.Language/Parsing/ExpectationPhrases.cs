using System.Text.RegularExpressions;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Parsing;

/// <summary>
/// The grammar names what it expects as Sprache strings ("an expression", "a clause (title, cites)"); this is
/// their one table of Chinese words, so a syntax error can be written in either language. Keywords and quoted
/// source text stay as written, in Chinese quotes (<c>'of'</c> is “of”), and keyword lists in parentheses.
/// </summary>
internal static partial class ExpectationPhrases
{
    // Pattern (whole expectation) and Chinese format; {0}, {1}... are the pattern's groups, kept as written.
    private static readonly (Regex Pattern, string Chinese)[] Table =
    [
        (Exact("an expression"), "表达式"),
        (Exact("a name"), "名称"),
        (Exact("a field name"), "字段名"),
        (Exact("a number"), "数字"),
        (Exact("a whole number"), "整数"),
        (Exact("a quoted text"), "带引号的文本"),
        (Exact("a unit"), "单位"),
        (Exact("an indicator"), "指标"),
        (Exact("a date (yyyy-mm-dd)"), "日期（yyyy-mm-dd）"),
        (Exact("a language tag such as en or zh"), "语言标记，例如 en 或 zh"),
        (Exact("a unit after the number, on its line"), "数字之后、同一行上的单位"),
        (Exact("a unit such as gCO2e/kWh"), "单位，例如 gCO2e/kWh"),
        (Exact("the end of the field"), "字段结尾"),
        (Exact("the end of the line"), "行尾"),
        (Exact("an operator or the end of the expression"), "运算符或表达式结尾"),
        (Exact("a closing '\"' on the same line"), "同一行上的结束引号“\"”"),
        (Exact("a tier (outcome when condition) or 'otherwise'"), "等级（outcome when condition）或“otherwise”"),
        (Exact("the end of the score declaration, or 'of scored indicators'"), "得分声明结尾，或“of scored indicators”"),
        (Exact("a verdict (met, not met, unknown, conflict, not applicable) or 'outcome' and the classification's outcome"),
            "判定（met、not met、unknown、conflict、not applicable），或“outcome”加分类的结论"),
        (Exact("an evidence test (known, missing, conflicting, verified)"), "证据检验（known、missing、conflicting、verified）"),
        (Exact("'dimension NAME' or '= NUMBER UNIT'"), "“dimension NAME”或“= NUMBER UNIT”"),
        (Exact("'on conflict', 'on unknown' or the end of the classification"), "“on conflict”、“on unknown”或分类声明结尾"),
        (Exact("list.field"), "“list.field”形式的字段引用"),
        (new Regex(@"^a clause \((.*)\)$", RegexOptions.CultureInvariant), "子句（{0}）"),
        (new Regex(@"^a declaration \((.*)\)$", RegexOptions.CultureInvariant), "声明（{0}）"),
        (new Regex(@"^a type \((.*)\)$", RegexOptions.CultureInvariant), "类型（{0}）"),
        (new Regex(@"^a requirement \((.*)\)$", RegexOptions.CultureInvariant), "证据要求（{0}）"),
        (new Regex(@"^a policy \((.*)\)$", RegexOptions.CultureInvariant), "冲突处理方式（{0}）"),
        (new Regex(@"^what to prefer \((.*)\)$", RegexOptions.CultureInvariant), "优先依据（{0}）"),
        (new Regex(@"^a name \('(.*)' is a reserved word\)$", RegexOptions.CultureInvariant), "名称（“{0}”是保留字）"),
        (new Regex(@"^at most one '(.*)' clause$", RegexOptions.CultureInvariant), "至多一个“{0}”子句"),
        (new Regex(@"^a '(.*)' clause$", RegexOptions.CultureInvariant), "“{0}”子句"),
        (new Regex(@"^'([^']*)'$", RegexOptions.CultureInvariant), "“{0}”"),
    ];

    /// <summary>The expectation as a phrase in both languages (a keyword list in Chinese joined by 、); one the table does not know stays as written.</summary>
    public static object Of(string expectation)
    {
        foreach (var (pattern, chinese) in Table)
        {
            var match = pattern.Match(expectation);
            if (match.Success)
            {
                return DiagnosticPhrases.Translated(expectation, chinese, [.. match.Groups.Values.Skip(1).Select(g => (object?)g.Value.Replace(", ", "、", StringComparison.Ordinal))]);
            }
        }

        return expectation;
    }

    private static Regex Exact(string text) => new("^" + Regex.Escape(text) + "$", RegexOptions.CultureInvariant);
}
