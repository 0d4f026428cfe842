namespace RubricEngine.Model.Diagnostics;

// The cases of the codes whose one message covers several rules: counts out of range (RUB0218, what and what it
// must be), why a tier never applies (RUB0213), scores and groups (RUB0216), clauses that do not fit (RUB0223),
// missing clauses (RUB0226), ranges (RUB0244), conflict steps (RUB0253) and taken dimension names (RUB0261).
// Each is a whole sentence or clause of its own.
public static partial class DiagnosticPhrases
{
    /// <summary>RUB0218: the percentage of <c>trimmed mean</c>.</summary>
    public static DiagnosticPhrase TrimmedPercentage { get; } = Phrase("The trimmed percentage", "截尾百分比");

    /// <summary>RUB0218: the percentile of a cohort quantile.</summary>
    public static DiagnosticPhrase CohortPercentile { get; } = Phrase("The cohort percentile", "群组百分位");

    /// <summary>RUB0218: the N of <c>cohort top N</c>.</summary>
    public static DiagnosticPhrase TopN { get; } = Phrase("N in 'top N'", "“top N”中的数");

    /// <summary>RUB0218: the minimum of <c>at least N of</c>.</summary>
    public static DiagnosticPhrase RoutesToMeet { get; } = Phrase("The number of routes that must be met", "需满足的路径数");

    /// <summary>RUB0218: <c>at least N records</c>.</summary>
    public static DiagnosticPhrase MinimumRecords { get; } = Phrase("The minimum number of records", "最少记录数");

    /// <summary>RUB0218: <c>unscored weight at most N %</c>.</summary>
    public static DiagnosticPhrase UnscoredWeight { get; } = Phrase("The unscored weight", "未评分权重");

    /// <summary>RUB0218: what the trimmed percentage must be.</summary>
    public static DiagnosticPhrase ZeroToUnderFiftyPercent { get; } = Phrase("at least 0 % and under 50 %", "不小于 0 % 且小于 50 %");

    /// <summary>RUB0218: what a percentile must be.</summary>
    public static DiagnosticPhrase ZeroToHundredPercent { get; } = Phrase("from 0 % to 100 %", "在 0 % 到 100 % 之间");

    /// <summary>RUB0218: what a weight in percent must be.</summary>
    public static DiagnosticPhrase PercentageZeroToHundred { get; } = Phrase("a percentage from 0 % to 100 %", "是 0 % 到 100 % 之间的百分比");

    /// <summary>RUB0218: what a count must be.</summary>
    public static DiagnosticPhrase WholeNumberAtLeastOne { get; } = Phrase("a whole number of at least 1", "是不小于 1 的整数");

    /// <summary>RUB0218: what a count of <paramref name="most"/> choices must be.</summary>
    public static DiagnosticPhrase OneTo(int most) => Phrase("between 1 and {0}", "在 1 到 {0} 之间", most);

    /// <summary>RUB0216: groups are declared but no score combines them.</summary>
    public static DiagnosticPhrase GroupsNeedScore { get; } = Phrase(
        "Indicator groups need a score, such as 'score total is weighted mean'",
        "指标组需要一个得分声明，例如“score total is weighted mean”");

    /// <summary>RUB0216: a score is declared but there are no groups.</summary>
    public static DiagnosticPhrase ScoreWithoutGroups(string score) =>
        Phrase("Score '{0}' has no indicator groups to combine", "得分“{0}”没有可合并的指标组", score);

    /// <summary>RUB0223: the cohort exclusion reads a cohort aggregation (<paramref name="cohort"/>, as written).</summary>
    public static DiagnosticPhrase ExclusionUsesCohort(string cohort) => Phrase(
        "The cohort exclusion cannot use cohort figures ('{0}'): who is a member cannot depend on the members",
        "群组排除条件不能使用群组统计（“{0}”）：谁是成员不能取决于成员本身", cohort);

    /// <summary>RUB0223: <c>at least ... records</c> on an input that is not a list.</summary>
    public static DiagnosticPhrase MinimumRecordsOnlyForLists { get; } =
        Phrase("'at least ... records' applies only to list inputs", "“at least ... records”只适用于列表输入");

    /// <summary>RUB0244: an integer range with a bound that is not whole.</summary>
    public static DiagnosticPhrase IntegerRangeNotWhole(decimal bound) =>
        Phrase("An integer range needs whole numbers, found {0}", "整数范围的两端必须是整数，实际为 {0}", bound);

    /// <summary>RUB0244: a range whose start is above its end.</summary>
    public static DiagnosticPhrase EmptyRange(decimal start, decimal end) =>
        Phrase("The range {0} to {1} is empty: its start is above its end", "范围 {0} 到 {1} 为空：起点大于终点", start, end);

    /// <summary>RUB0253: <c>agree on verdict</c> before another step.</summary>
    public static DiagnosticPhrase AgreeOnVerdictLast { get; } = Phrase(
        "'agree on verdict' hands the conflict to the criteria, so it must be the last step",
        "“agree on verdict”把冲突交给准则处理，因此必须是最后一步");

    /// <summary>RUB0253: a step after <c>prefer lowest</c> or <c>prefer highest</c> (<paramref name="word"/>).</summary>
    public static DiagnosticPhrase NothingAfterPrefer(string word) => Phrase(
        "'prefer {0}' always chooses one value, so no step can follow it",
        "“prefer {0}”总会选定一个值，因此其后不能再有步骤", word);

    /// <summary>RUB0261: a declared dimension named like one of the catalogue's.</summary>
    public static DiagnosticPhrase DimensionOfTheCatalogue { get; } = Phrase(
        "is one of the catalogue's; declare the unit as a multiple of one of its units instead",
        "是单位目录中的量纲；请改为把该单位声明为目录中某个单位的倍数");

    /// <summary>RUB0261: a dimension declared twice; <paramref name="unit"/> at <paramref name="line"/> declared it first.</summary>
    public static DiagnosticPhrase DimensionDeclaredBy(string unit, int line) =>
        Phrase("is already declared by unit '{0}' at line {1}", "已由第 {1} 行的单位“{0}”声明", unit, line);

    /// <summary>RUB0213: an earlier tier always applies.</summary>
    public static DiagnosticPhrase TierAlwaysApplies(int line) => Phrase("the tier at line {0} always applies", "第 {0} 行的等级总是适用", line);

    /// <summary>RUB0213: an earlier tier has the same condition.</summary>
    public static DiagnosticPhrase TierSameCondition(int line) => Phrase("the tier at line {0} has the same condition", "第 {0} 行的等级条件与之相同", line);

    /// <summary>RUB0226: an example of a rubric with a classification expects no outcome.</summary>
    public static DiagnosticPhrase ExampleNeedsOutcome(string example) =>
        Phrase("Example '{0}' needs 'expect outcome ...'", "示例“{0}”需要“expect outcome ...”", example);

    /// <summary>RUB0226: a group without indicators.</summary>
    public static DiagnosticPhrase GroupNeedsIndicator(string group) =>
        Phrase("Group '{0}' needs at least one indicator", "指标组“{0}”至少需要一个指标", group);
}
