using System.Text.RegularExpressions;
using RubricEngine.Model.Diagnostics;
using YamlDotNet.Core;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// YamlDotNet's own error text (RUB0100) for both languages. English shows it as written. Chinese says what kind of
/// problem it is where the text tells (<c>While scanning a plain scalar value, found invalid mapping.</c> is
/// 读取普通标量时遇到无效的映射), and always quotes the parser's own words after it, so nothing is lost or guessed.
/// </summary>
internal static partial class YamlParserMessages
{
    // "While scanning X" and "While parsing X": the construct YamlDotNet was reading.
    private static readonly Dictionary<string, string> Constructs = new(StringComparer.Ordinal)
    {
        ["a plain scalar value"] = "普通标量",
        ["a plain scalar"] = "普通标量",
        ["plain scalar"] = "普通标量",
        ["a multiline plain scalar"] = "多行普通标量",
        ["a quoted scalar"] = "带引号的标量",
        ["a multi-line double-quoted scalar"] = "多行双引号标量",
        ["a block scalar"] = "块标量",
        ["a literal block scalar"] = "块标量",
        ["a block mapping"] = "块映射",
        ["a mapping"] = "映射",
        ["a flow mapping"] = "流式映射",
        ["a flow sequence"] = "流式序列",
        ["a flow sequence end"] = "流式序列的结尾",
        ["a flow entry"] = "流式条目",
        ["a block collection"] = "块集合",
        ["a simple key"] = "键",
        ["a node"] = "节点",
        ["a tag"] = "标签",
        ["an anchor or alias"] = "锚点或别名",
        ["a directive"] = "指令",
        ["a document start node"] = "文档开头",
        ["a document end"] = "文档结尾",
        ["for the next token"] = "下一个记号",
    };

    // What went wrong, after the comma, or the whole message when it names no construct.
    private static readonly (Regex Pattern, string Chinese)[] Problems =
    [
        (Exact("found invalid mapping"), "遇到无效的映射"),
        (Exact("did not find expected key"), "没有找到应有的键"),
        (Exact("did not find expected ',' or ']'"), "没有找到应有的“,”或“]”"),
        (Exact("did not find expected ',' or '}'"), "没有找到应有的“,”或“}”"),
        (Exact("did not find expected '-' indicator"), "没有找到应有的“-”"),
        (Exact("did not find expected node content"), "没有找到应有的节点内容"),
        (Exact("could not find expected ':'"), "没有找到应有的“:”"),
        (Exact("found unexpected end of stream"), "文本意外结束"),
        (Exact("found character that cannot start any token"), "遇到不能作为任何记号开头的字符"),
        (Exact("found unknown escape character"), "遇到未知的转义字符"),
        (new Regex("^found (invalid tab as indentation|a tab character that violate indentation)$", RegexOptions.CultureInvariant), "缩进中有制表符"),
        (Exact("found wrong indentation"), "缩进不对"),
        (Exact("Mapping values are not allowed in this context"), "此处不能写映射的值"),
        (Exact("Mapping keys are not allowed in this context"), "此处不能写映射的键"),
        (Exact("Block sequence entries are not allowed in this context"), "此处不能写块序列的条目"),
        (Exact("Did not find expected <document start>"), "没有找到应有的文档开始标记"),
        (Exact("Did not find expected <document end>"), "没有找到应有的文档结束标记"),
        (Exact("the structure ends where a value belongs"), "结构在应有值的地方结束"),
    ];

    /// <summary>The parser's message <paramref name="detail"/> (its marks removed) as a phrase in both languages.</summary>
    public static DiagnosticPhrase Of(YamlException exception, string detail)
    {
        var text = detail.TrimEnd('.');
        var reading = WhileReading().Match(text);
        var kind = reading.Success
            ? Reading(reading.Groups["stage"].Value, reading.Groups["construct"].Value) + (Problem(reading.Groups["problem"].Value.Trim()) ?? "出错")
            : Problem(text) ?? exception switch
            {
                SyntaxErrorException => "记号有误",
                SemanticErrorException => "结构有误",
                _ => "解析器报告错误",
            };
        return DiagnosticPhrases.LibraryText(detail, kind);
    }

    private static string Reading(string stage, string construct) =>
        (stage == "parsing" ? "解析" : "读取") + Constructs.GetValueOrDefault(construct, " YAML ") + "时";

    private static string? Problem(string text) => Problems.FirstOrDefault(p => p.Pattern.IsMatch(text)).Chinese;

    private static Regex Exact(string text) => new("^" + Regex.Escape(text) + "$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^While (?<stage>scanning|parsing) (?<construct>[^,]+), +(?<problem>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WhileReading();
}
