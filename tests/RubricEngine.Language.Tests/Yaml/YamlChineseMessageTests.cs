using static RubricEngine.Language.Tests.Yaml.YamlTestSupport;

namespace RubricEngine.Language.Tests.Yaml;

/// <summary>
/// The YAML loader's messages in Chinese: subjects, node kinds and expected values come out in Chinese words with
/// names in “…”, and the parser's own text stays quoted after a Chinese description; the English message is unchanged.
/// </summary>
public class YamlChineseMessageTests
{
    [Theory]
    [InlineData(
        "rubric: r\nscore:\n  name: total\n  method: weighted_mean\n  of_scored_indicators:\n    requires: [a]\n",
        "Unknown key 'requires' in 'of_scored_indicators' in the score; did you mean 'required'?",
        "总分中的“of_scored_indicators”中有未知的键“requires”；是否想写“required”？")]
    [InlineData(
        "rubric: r\nderived:\n  density:\n    formula: {a: 1}\n",
        "'formula' in derived value 'density' should be a scalar, not a mapping",
        "派生值“density”中的“formula”应为标量，而不是映射")]
    [InlineData(
        "rubric: r\ncriteria:\n  large:\n    title: Large\n",
        "Criterion 'large' lacks the required key 'when'",
        "标准“large”缺少必需的键“when”")]
    [InlineData(
        "rubric: r\ndisplay_precision: two\n",
        "'display_precision' in the rubric should be a number, but is 'two'",
        "评分规则中的“display_precision”应为数字，但实际为“two”")]
    [InlineData(
        "rubric: r\ninputs:\n  1ton: decimal\n",
        "'1ton' is not a valid name: a name starts with a letter or '_' and holds only letters, digits and '_'",
        "“1ton”不是有效的名称：名称须以字母或“_”开头，且只含字母、数字和“_”")]
    [InlineData(
        "rubric: r\ninputs:\n  capacity: {type: decimal, optional: yes}\n",
        "'optional' in input 'capacity' should be true or false, but is 'yes'",
        "输入“capacity”中的“optional”应为“true”或“false”，但实际为“yes”")]
    [InlineData(
        "rubric: r\nunits:\n  boe: six GJ\n",
        "Unit 'boe' should be a number and a unit, such as '1000 kgH2', but is 'six GJ'",
        "单位“boe”应为一个数加一个单位，例如“1000 kgH2”，但实际为“six GJ”")]
    [InlineData(
        "rubric: r\ntitle: a: b\n",
        "Malformed YAML: While scanning a plain scalar value, found invalid mapping.",
        "YAML 格式错误：读取普通标量时遇到无效的映射（解析器原文：“While scanning a plain scalar value, found invalid mapping.”）")]
    [InlineData(
        "--- a\n... x\n",
        "Malformed YAML: Did not find expected <document start>.",
        "YAML 格式错误：没有找到应有的文档开始标记（解析器原文：“Did not find expected <document start>.”）")]
    [InlineData(
        "rubric: r\n%YAML 1.2\n",
        "Malformed YAML: While scanning a version directive, did not find preceding <document end>.",
        "YAML 格式错误：读取 YAML 时出错（解析器原文：“While scanning a version directive, did not find preceding <document end>.”）")]
    [InlineData(
        "rubric: r\ntitle: \"abc\n",
        "Malformed YAML: While scanning a quoted scalar, found unexpected end of stream.",
        "YAML 格式错误：读取带引号的标量时文本意外结束（解析器原文：“While scanning a quoted scalar, found unexpected end of stream.”）")]
    public void YamlDiagnostic_InChinese_SaysTheSameInChineseWords(string yaml, string english, string chinese)
    {
        var diagnostic = Assert.Single(LoadYaml("r.yaml", yaml).Diagnostics, d => d.Message == english);
        Assert.Equal(chinese, diagnostic.MessageIn("zh"));
    }
}
