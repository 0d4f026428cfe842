using System.Collections.Frozen;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;

namespace RubricEngine.Model.Diagnostics;

// Types and dimensions as messages name them ("decimal", "a quantity of energy"; Chinese 小数, 量纲为能量的量).
// The English words are the types' own display names, so English messages read as before.
public static partial class DiagnosticPhrases
{
    // The catalogue's base dimensions in Chinese; a rubric's own dimensions keep their names, quoted.
    private static readonly FrozenDictionary<string, string> ChineseBaseDimensions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mass"] = "质量",
        ["co2e"] = "二氧化碳当量",
        ["co2"] = "二氧化碳",
        ["energy"] = "能量",
        ["time"] = "时间",
        ["peak_power"] = "峰值功率",
        ["length"] = "长度",
        ["count"] = "计数",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A type by its name, as in "found decimal": <see cref="DataType.DisplayName"/> (Chinese 小数, 布尔值...).</summary>
    public static DiagnosticPhrase TypeName(DataType type) => Translated(type.DisplayName, "{0}", ChineseType(type));

    /// <summary>A value of a type, as in "expected a decimal": "a whole number", "a quantity of energy", "one of a, b".</summary>
    public static DiagnosticPhrase ValueOf(DataType type) => type switch
    {
        QuantityType q => QuantityOf(q.Dimension),
        EnumType => TypeName(type),
        IntegerType => Translated("a whole number", "整数"),
        ListType => Translated("a table (columns ..., row ...)", "表格（columns ..., row ...）"),
        _ => Translated($"a {type.DisplayName}", "{0}", ChineseType(type)),
    };

    /// <summary>"a quantity of energy" (Chinese 量纲为能量的量).</summary>
    public static DiagnosticPhrase QuantityOf(Dimension dimension) =>
        Translated($"a quantity of {dimension}", "{0}", ChineseQuantity(dimension));

    /// <summary>A dimension as <see cref="Dimension.ToString"/> writes it (<c>co2e/energy</c>; Chinese 二氧化碳当量/能量).</summary>
    public static DiagnosticPhrase DimensionName(Dimension dimension) => Translated(dimension.ToString(), "{0}", ChineseDimension(dimension));

    private static string ChineseType(DataType type) => type switch
    {
        DecimalType => "小数",
        IntegerType => "整数",
        BooleanType => "布尔值",
        TextType => "文本",
        DateType => "日期",
        QuantityType q => ChineseQuantity(q.Dimension),
        EnumType e => string.Join("、", e.Members.Select(m => $"“{m}”")) + "之一",
        ListType => "记录列表",
        _ => type.DisplayName,
    };

    private static string ChineseQuantity(Dimension dimension) =>
        dimension.IsNone ? "无量纲的量" : $"量纲为{ChineseDimension(dimension)}的量";

    private static string ChineseDimension(Dimension dimension) =>
        dimension.Format(ChineseBaseDimension, "无量纲");

    private static string ChineseBaseDimension(string name) =>
        ChineseBaseDimensions.TryGetValue(name, out var chinese) ? chinese
        : name.StartsWith("currency:", StringComparison.Ordinal) ? $"货币（{name["currency:".Length..]}）"
        : $"“{name}”";
}
