namespace RubricEngine.Language.Tests;

/// <summary>
/// The parser's and binder's messages in Chinese for cases the error goldens do not reach (the goldens are scanned
/// by the Cli's ChineseDiagnosticScanTests): each message in both languages, the English one as it always read.
/// </summary>
public class ChineseMessageTests
{
    private const string Classification = "classification\n  no when c\n  otherwise no\n";

    [Theory]
    [InlineData("input f: boolean\ncriterion c when -f > 1\n",
        "Expected a number after '-', found boolean", "应为“-”之后的数，实际为布尔值")]
    [InlineData("input f: boolean\ninput e: decimal\nderived m = min of (e, f)\ncriterion c when m > 1\n",
        "Expected a number in 'min of', found boolean", "应为“min of”中的数，实际为布尔值")]
    [InlineData("input t: text\ncriterion c when t + 1 > 2\n",
        "Operator '+' cannot be applied to text and integer", "运算符“+”不能用于文本和整数")]
    [InlineData("input p: list of records\n  field s: text\ncriterion c when sum of p.s > 1\n",
        "Expected a number to aggregate, found text", "应为要聚合的数，实际为文本")]
    [InlineData("input e: decimal\n  when conflicting prefer foo\ncriterion c when e > 1\n",
        "Unexpected 'foo'; expected what to prefer (method \"...\", verified, latest, lowest, highest)",
        "意外的“foo”；应为优先依据（method \"...\"、verified、latest、lowest、highest）")]
    [InlineData("input p: list of records\n  at least 0 records\n  field s: decimal\ncriterion c when count of p > 1\n",
        "The minimum number of records must be a whole number of at least 1, found 0", "最少记录数必须是不小于 1 的整数，实际为 0")]
    [InlineData("input e: decimal\ncriterion b when e > 1\ncriterion c when b is verified\n",
        "Only an input has evidence; 'b' is a criterion", "只有输入才有证据；“b”是准则")]
    [InlineData("input e: decimal\nunit kgH2 dimension mass\ncriterion c when e > 1\n",
        "The dimension 'mass' is one of the catalogue's; declare the unit as a multiple of one of its units instead",
        "量纲“mass”是单位目录中的量纲；请改为把该单位声明为目录中某个单位的倍数")]
    [InlineData("input e: decimal\nscore total is weighted mean\ncriterion c when e > 1\n",
        "Score 'total' has no indicator groups to combine", "得分“total”没有可合并的指标组")]
    [InlineData("input e: decimal\ncriterion c when e > 1\nexample \"E\"\n  given e = \"x\"\n  expect outcome no\n",
        "Expected a decimal for 'e', found a text", "应为“e”的小数，实际为文本")]
    [InlineData("input e: decimal\ncriterion c when e > 1\nexample \"E\"\n  given e\n    columns a\n    row 1\n  expect outcome no\n",
        "Expected a single decimal for 'e', found a table", "应为“e”的单个小数，实际为表格")]
    [InlineData("input e: one of a, b\ncriterion c when e = a\nexample \"E\"\n  given e = 3\n  expect outcome no\n",
        "Expected one of a, b for 'e', found a plain number", "应为“e”的“a”、“b”之一，实际为普通数字")]
    [InlineData("input e: quantity in kg\ncriterion c when e > 1 kg\nexample \"E\"\n  given e = 3 kWh\n  expect outcome no\n",
        "Expected a quantity of mass, found 'kWh', a quantity of energy", "应为量纲为质量的量，实际为“kWh”，量纲为能量的量")]
    [InlineData("input e: decimal\ncriterion c when e > 1\nexample \"E\"\n  given e = 2\n  expect c met\n",
        "Example 'E' needs 'expect outcome ...'", "示例“E”需要“expect outcome ...”")]
    public void Error_InChinese_IsChinese_AndTheEnglishMessageStays(string declarations, string english, string chinese)
    {
        var result = RubricLoader.LoadText("zh.rubric", $"rubric t\noutcome no\n{declarations}{Classification}");
        var error = Assert.Single(result.Errors);
        Assert.Equal(english, error.Message);
        Assert.Equal(chinese, error.MessageIn("zh"));
    }

    [Fact]
    public void UnreachableTier_InChinese_SaysWhichTierComesFirst()
    {
        var result = RubricLoader.LoadText("zh.rubric",
            "rubric t\noutcome no\noutcome yes\ninput e: decimal\ncriterion c when e > 1\nclassification\n  no when c\n  yes when c\n  otherwise no\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "RUB0213");
        Assert.Equal("Tier 'yes' can never apply: the tier at line 7 has the same condition", warning.Message);
        Assert.Equal("等级“yes”永远不会适用：第 7 行的等级条件与之相同", warning.MessageIn("zh"));
    }
}
