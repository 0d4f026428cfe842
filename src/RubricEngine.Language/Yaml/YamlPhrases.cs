using System.Globalization;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// The YAML loader's words inside diagnostic messages, in English and Chinese: the subjects (<c>'weight' in
/// indicator 'needs' of group 'market'</c>, Chinese <c>指标组“market”的指标“needs”中的“weight”</c>), the node
/// kinds and the values a key expects. Names and keys are data, quoted '…' in English and “…” in Chinese.
/// </summary>
internal static class YamlPhrases
{
    // Subjects without a name.
    public static DiagnosticPhrase Rubric { get; } = Words("the rubric", "评分规则");

    public static DiagnosticPhrase Score { get; } = Words("the score", "总分");

    public static DiagnosticPhrase Classification { get; } = Words("the classification", "分类");

    public static DiagnosticPhrase CohortExclusion { get; } = Words("the cohort exclusion", "同组排除条件");

    public static DiagnosticPhrase Document { get; } = Words("The document", "文档");

    public static DiagnosticPhrase Key { get; } = Words("A key", "键");

    public static DiagnosticPhrase Tier { get; } = Words("A tier", "等级");

    public static DiagnosticPhrase ConflictStep { get; } = Words("A conflict policy step", "冲突处理步骤");

    public static DiagnosticPhrase Requirement { get; } = Words("A requirement", "证据要求");

    // Declarations, by name.
    public static DiagnosticPhrase NamedClassification(string name) => Words("classification '{0}'", "分类“{0}”", name);

    public static DiagnosticPhrase Note(string name) => Words("note '{0}'", "提示“{0}”", name);

    public static DiagnosticPhrase Example(string name) => Words("example '{0}'", "示例“{0}”", name);

    public static DiagnosticPhrase Group(string name) => Words("group '{0}'", "指标组“{0}”", name);

    public static DiagnosticPhrase Indicator(string name, DiagnosticPhrase group) => Words("indicator '{0}' of {1}", "{1}的指标“{0}”", name, group);

    public static DiagnosticPhrase Outcome(string name) => Words("outcome '{0}'", "结论“{0}”", name);

    public static DiagnosticPhrase Input(string name) => Words("input '{0}'", "输入“{0}”", name);

    public static DiagnosticPhrase Field(string name, DiagnosticPhrase input) => Words("field '{0}' of {1}", "{1}的字段“{0}”", name, input);

    public static DiagnosticPhrase Derived(string name) => Words("derived value '{0}'", "派生值“{0}”", name);

    public static DiagnosticPhrase Criterion(string name) => Words("criterion '{0}'", "标准“{0}”", name);

    public static DiagnosticPhrase Unit(string symbol) => Words("unit '{0}'", "单位“{0}”", symbol);

    // Parts of a declaration.
    public static DiagnosticPhrase KeyIn(string key, DiagnosticPhrase owner) => Words("'{0}' in {1}", "{1}中的“{0}”", key, owner);

    public static DiagnosticPhrase TypeOf(DiagnosticPhrase owner) => Words("The type of {0}", "{0}的类型", owner);

    public static DiagnosticPhrase LanguageOf(DiagnosticPhrase text) => Words("A language of {0}", "{0}的语言", text);

    public static DiagnosticPhrase TextIn(string language, DiagnosticPhrase text) => Words("The '{0}' text of {1}", "{1}的“{0}”文本", language, text);

    public static DiagnosticPhrase ConditionOfTier(string tier) => Words("The condition of tier '{0}'", "等级“{0}”的条件", tier);

    public static DiagnosticPhrase RequirementsOn(string input) => Words("the requirements on '{0}'", "对“{0}”的证据要求", input);

    public static DiagnosticPhrase Given(string input, DiagnosticPhrase example) => Words("given '{0}' of {1}", "{1}的给定值“{0}”", input, example);

    public static DiagnosticPhrase Expectations(DiagnosticPhrase example) => Words("the expectations of {0}", "{0}的预期", example);

    public static DiagnosticPhrase VerdictIn(string criterion, DiagnosticPhrase example) => Words("the verdict of '{0}' in {1}", "{1}中“{0}”的判定", criterion, example);

    public static DiagnosticPhrase OutcomeIn(string classification, DiagnosticPhrase example) =>
        Words("the outcome of '{0}' in {1}", "{1}中“{0}”的结论", classification, example);

    public static DiagnosticPhrase RecordOf(DiagnosticPhrase given) => Words("A record of {0}", "{0}的记录", given);

    public static DiagnosticPhrase RecordField(string field, DiagnosticPhrase given) => Words("Field '{0}' of a record of {1}", "{1}的记录的字段“{0}”", field, given);

    public static DiagnosticPhrase ColumnOf(DiagnosticPhrase given) => Words("A column of {0}", "{0}的列", given);

    public static DiagnosticPhrase RowOf(DiagnosticPhrase given) => Words("A row of {0}", "{0}的行", given);

    public static DiagnosticPhrase CellOf(DiagnosticPhrase given) => Words("A cell of {0}", "{0}的单元格", given);

    /// <summary>The subject with its first letter upper-cased in English, for subjects that open a message; Chinese has no case.</summary>
    public static DiagnosticPhrase Capitalized(DiagnosticPhrase subject)
    {
        var english = subject.ToString();
        return DiagnosticPhrases.Translated(english.Length == 0 ? english : char.ToUpperInvariant(english[0]) + english[1..], "{0}", subject);
    }

    // Node kinds, as found.
    public static DiagnosticPhrase Scalar { get; } = Words("a scalar", "标量");

    public static DiagnosticPhrase Mapping { get; } = Words("a mapping", "映射");

    public static DiagnosticPhrase Sequence { get; } = Words("a sequence", "序列");

    public static DiagnosticPhrase Empty { get; } = Words("empty", "空值");

    public static DiagnosticPhrase InvalidNode { get; } = Words("an invalid node", "无效节点");

    public static DiagnosticPhrase MappingOf(int entries) => Words("a mapping of {0} entries", "含 {0} 个条目的映射", entries);

    // What a key expects.
    public static DiagnosticPhrase Name { get; } = Words("a name", "名称");

    public static DiagnosticPhrase Value { get; } = Words("a value", "值");

    public static DiagnosticPhrase Number { get; } = Words("a number", "数字");

    public static DiagnosticPhrase Date { get; } = Words("a date (yyyy-mm-dd)", "日期（yyyy-mm-dd）");

    public static DiagnosticPhrase TrueOrFalse { get; } = Words("{0} or {1}", "“{0}”或“{1}”", "true", "false");

    public static DiagnosticPhrase OneOf(IEnumerable<string> words) => Words("one of {0}", "以下之一（{0}）", DiagnosticPhrases.Joined(words));

    public static DiagnosticPhrase LanguageTag { get; } = Words("a language tag such as {0} or {1}", "语言标记，例如“{0}”或“{1}”", "en", "zh");

    public static DiagnosticPhrase TypeAmong(IEnumerable<string> examples) => Words("a type ({0})", "类型（{0}）", DiagnosticPhrases.Joined(examples));

    public static DiagnosticPhrase FieldType { get; } = Words("a type of a field (a list cannot hold lists)", "字段的类型（列表不能包含列表）");

    public static DiagnosticPhrase ListInput { get; } = Words("an input of type '{0}'", "类型为“{0}”的输入", YamlTypes.ListType);

    public static DiagnosticPhrase TextOrLanguages { get; } = Words("a text or a mapping of languages to texts", "文本或从语言到文本的映射");

    public static DiagnosticPhrase TextOrTexts { get; } = Words("a text or a sequence of texts", "文本或文本序列");

    public static DiagnosticPhrase TierMapping { get; } = Words("a mapping of one outcome to its condition", "只含一个结论及其条件的映射");

    public static DiagnosticPhrase StepWordOrPreferMethod { get; } = Words("a step word or {0}", "步骤词或“{0}”", "{prefer_method: ...}");

    public static DiagnosticPhrase RequirementForms { get; } =
        Words("{0}, {1}, {2} or {3}", "“{0}”、“{1}”、“{2}”或“{3}”", "verified", "{verified_by: ...}", "{verified_as: ...}", "{method: ...}");

    public static DiagnosticPhrase ConditionOrMapping { get; } = Words("a condition or a mapping", "条件或映射");

    public static DiagnosticPhrase TypeOrMapping { get; } = Words("a type or a mapping", "类型或映射");

    public static DiagnosticPhrase FormulaOrMapping { get; } = Words("a formula or a mapping", "公式或映射");

    public static DiagnosticPhrase ValueOrMapping { get; } = Words("a value or a mapping", "值或映射");

    public static DiagnosticPhrase RecordsOrMapping { get; } = Words("a sequence of records or a mapping", "记录序列或映射");

    public static DiagnosticPhrase UnitDefinitionOrMapping { get; } = Words("a definition (such as '{0}') or a mapping", "定义（例如“{0}”）或映射", "1000 kgH2");

    // Why a name is not one (RUB0106).
    public static DiagnosticPhrase NameRule { get; } =
        Words("a name starts with a letter or '_' and holds only letters, digits and '_'", "名称须以字母或“_”开头，且只含字母、数字和“_”");

    public static DiagnosticPhrase ReservedWord { get; } = Words("it is a reserved word of the expression language", "它是表达式语言的保留字");

    // How many documents a file holds (RUB0109).
    public static DiagnosticPhrase NoDocument { get; } = Words("this one holds none", "此文件不含任何文档");

    public static DiagnosticPhrase AnotherDocument { get; } = Words("another one starts here", "另一个文档从这里开始");

    // What the YAML parser could not read (RUB0100), besides its own messages (YamlParserMessages).
    public static DiagnosticPhrase UnclosedCollection { get; } = Words("a collection is not closed", "有集合没有闭合");

    public static DiagnosticPhrase ParserFailed(string failure) => Words("the YAML parser failed here ({0})", "YAML 解析器在此处出错（{0}）", failure);

    /// <summary>The English text formatted now (its phrases in English), the Chinese format filled from the same arguments.</summary>
    private static DiagnosticPhrase Words(string english, string chinese, params object?[] arguments) =>
        DiagnosticPhrases.Translated(string.Format(CultureInfo.InvariantCulture, english, arguments), chinese, arguments);
}
