using RubricEngine.Model.Expressions;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;

namespace RubricEngine.Model.Diagnostics;

// The binder's words: what an expression should have been (RUB0207), what a name is (RUB0250), what two values
// of different dimensions cannot do (RUB0301), and which count is out of range and what it must be (RUB0218).
public static partial class DiagnosticPhrases
{
    /// <summary>Source text or a name in quotes: <c>'x'</c> (Chinese “x”).</summary>
    public static DiagnosticPhrase Quoted(string text) => Phrase("'{0}'", "“{0}”", text);

    /// <summary>A name and its unit: <c>'m' (kg)</c> (Chinese “m”（kg）).</summary>
    public static DiagnosticPhrase NameWithUnit(string name, string unit) => Phrase("'{0}' ({1})", "“{0}”（{1}）", name, unit);

    /// <summary>RUB0207: the operand of <c>not</c>.</summary>
    public static DiagnosticPhrase BooleanAfterNot { get; } = Phrase("a boolean after 'not'", "“not”之后的布尔值");

    /// <summary>RUB0207: the operand of a minus sign.</summary>
    public static DiagnosticPhrase NumberAfterMinus { get; } = Phrase("a number after '-'", "“-”之后的数");

    /// <summary>RUB0207: a criterion's, tier's or note's condition, or a route of <c>any of</c>.</summary>
    public static DiagnosticPhrase BooleanCondition { get; } = Phrase("a boolean condition", "布尔条件");

    /// <summary>RUB0207: the condition of <c>if ... then ... else</c>.</summary>
    public static DiagnosticPhrase BooleanConditionAfterIf { get; } = Phrase("a boolean condition after 'if'", "“if”之后的布尔条件");

    /// <summary>RUB0207: an item of <c>count met of</c>.</summary>
    public static DiagnosticPhrase BooleanConditionToCount { get; } = Phrase("a boolean condition to count", "要计数的布尔条件");

    /// <summary>RUB0207: an item of <c>min of</c> or <c>max of</c> (<paramref name="word"/> is the keyword).</summary>
    public static DiagnosticPhrase NumberIn(string word) => Phrase("a number in '{0} of'", "“{0} of”中的数", word);

    /// <summary>RUB0207: the subject of a cohort aggregation.</summary>
    public static DiagnosticPhrase NumberAcrossCohort { get; } = Phrase("a number to compare across the cohort", "可在群组中比较的数");

    /// <summary>RUB0207: the element of a list aggregation.</summary>
    public static DiagnosticPhrase NumberToAggregate { get; } = Phrase("a number to aggregate", "要聚合的数");

    /// <summary>RUB0207: the filter of a cohort aggregation.</summary>
    public static DiagnosticPhrase MemberCondition { get; } = Phrase(
        "a condition on each member after 'where' (write a comparison in parentheses: where (x > 1))",
        "“where”之后针对每个成员的条件（比较须写在括号中：where (x > 1)）");

    /// <summary>RUB0207: the filter of a list aggregation.</summary>
    public static DiagnosticPhrase RecordCondition { get; } = Phrase(
        "a condition on each record after 'where' (write a comparison in parentheses: where (x > 1))",
        "“where”之后针对每条记录的条件（比较须写在括号中：where (x > 1)）");

    /// <summary>RUB0207: the filter of <c>any of items where</c> or <c>all of items where</c>.</summary>
    public static DiagnosticPhrase RecordConditionAfter(string function, string list) =>
        Phrase("a condition on each record after '{0} of {1} where'", "“{0} of {1} where”之后针对每条记录的条件", function, list);

    /// <summary>RUB0207: the condition of <c>exclude from cohort when</c>.</summary>
    public static DiagnosticPhrase ExclusionCondition { get; } =
        Phrase("a condition on the dossier after 'exclude from cohort when'", "“exclude from cohort when”之后针对材料的条件");

    /// <summary>RUB0207: an indicator's score.</summary>
    public static DiagnosticPhrase ScoreValue { get; } = Phrase("a plain number or a condition as the score", "作为得分的普通数字或条件");

    /// <summary>RUB0207: a branch or option of the same type as <paramref name="first"/> (<see cref="ThenBranch"/>, <see cref="FirstOption"/>).</summary>
    public static DiagnosticPhrase Like(DataType type, DiagnosticPhrase first) => Phrase("{0} like {1}", "与{1}相同的{0}", TypeName(type), first);

    /// <inheritdoc cref="Like"/>
    public static DiagnosticPhrase ThenBranch { get; } = Phrase("the 'then' branch", "“then”分支");

    /// <inheritdoc cref="Like"/>
    public static DiagnosticPhrase FirstOption { get; } = Phrase("the first option", "第一个选项");

    /// <summary>RUB0207: a derived value shown in a unit of another dimension.</summary>
    public static DiagnosticPhrase ToShowIn(Dimension dimension, string unit) => Phrase("{0} to show in {1}", "能以 {1} 显示的{0}", QuantityOf(dimension), unit);

    /// <summary>RUB0207: an example's value for <paramref name="target"/>.</summary>
    public static DiagnosticPhrase ValueFor(DataType type, string target) => Phrase("{0} for '{1}'", "“{1}”的{0}", ValueOf(type), target);

    /// <summary>RUB0207: a table given for a single-valued input.</summary>
    public static DiagnosticPhrase SingleValueFor(DataType type, string input) => Phrase("a single {0} for '{1}'", "“{1}”的单个{0}", TypeName(type), input);

    /// <summary>RUB0207: what an example wrote, when it is not what the input takes.</summary>
    public static DiagnosticPhrase ATable { get; } = Phrase("a table", "表格");

    /// <inheritdoc cref="ATable"/>
    public static DiagnosticPhrase QuantityIn(string unit) => Phrase("a quantity in {0}", "以 {0} 计的量", unit);

    /// <inheritdoc cref="ATable"/>
    public static DiagnosticPhrase PlainNumber { get; } = Phrase("a plain number", "普通数字");

    /// <inheritdoc cref="ATable"/>
    public static DiagnosticPhrase AText { get; } = Phrase("a text", "文本");

    /// <inheritdoc cref="ATable"/>
    public static DiagnosticPhrase ADate { get; } = Phrase("a date", "日期");

    /// <inheritdoc cref="ATable"/>
    public static DiagnosticPhrase ABoolean { get; } = Phrase("a boolean", "布尔值");

    /// <inheritdoc cref="ATable"/>
    public static DiagnosticPhrase TheName(string name) => Phrase("the name '{0}'", "名称“{0}”", name);

    /// <summary>RUB0207 and RUB0250: something written that is not a plain value or a name.</summary>
    public static DiagnosticPhrase AnExpression { get; } = Phrase("an expression", "表达式");

    /// <summary>RUB0207: a unit of another dimension than the input's: <c>'kg', a quantity of mass</c>.</summary>
    public static DiagnosticPhrase UnitOfDimension(string unit, Dimension dimension) => Phrase("'{0}', {1}", "“{0}”，{1}", unit, QuantityOf(dimension));

    /// <summary>RUB0250: the subject of an evidence test that is not a name.</summary>
    public static DiagnosticPhrase ThisOperand { get; } = Phrase("this operand", "此操作数");

    /// <summary>RUB0250: what a name that is not an input is: "a derived value", "a criterion"...</summary>
    public static DiagnosticPhrase Kind(SymbolKind kind) => kind switch
    {
        SymbolKind.Derived => Phrase("a derived value", "派生值"),
        SymbolKind.Criterion => Phrase("a criterion", "准则"),
        SymbolKind.Indicator => Phrase("an indicator", "指标"),
        SymbolKind.Group => Phrase("a group", "指标组"),
        SymbolKind.Score => Phrase("the score", "得分"),
        _ => Phrase("not an input", "非输入项"),
    };

    /// <summary>RUB0301: what two values of different dimensions cannot do.</summary>
    public static DiagnosticPhrase Add { get; } = Phrase("add", "相加");

    /// <inheritdoc cref="Add"/>
    public static DiagnosticPhrase Subtract { get; } = Phrase("subtract", "相减");

    /// <inheritdoc cref="Add"/>
    public static DiagnosticPhrase Compare { get; } = Phrase("compare", "比较");

    /// <inheritdoc cref="Add"/>
    public static DiagnosticPhrase ChooseBetween { get; } = Phrase("choose between", "从中择一");
}
