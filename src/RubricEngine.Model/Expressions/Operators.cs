namespace RubricEngine.Model.Expressions;

/// <summary>Operators with one operand.</summary>
public enum UnaryOperator
{
    /// <summary>Kleene negation of a truth value.</summary>
    Not,

    /// <summary>Arithmetic negation.</summary>
    Negate,
}

/// <summary>Operators with two operands.</summary>
public enum BinaryOperator
{
    /// <summary>Addition; both sides of one dimension.</summary>
    Add,

    /// <summary>Subtraction; both sides of one dimension.</summary>
    Subtract,

    /// <summary>Multiplication; dimensions multiply.</summary>
    Multiply,

    /// <summary>Division; dimensions divide. Division by zero gives unknown.</summary>
    Divide,

    /// <summary>Strictly less than.</summary>
    Less,

    /// <summary>Less than or equal (inclusive).</summary>
    LessOrEqual,

    /// <summary>Strictly greater than.</summary>
    Greater,

    /// <summary>Greater than or equal (inclusive).</summary>
    GreaterOrEqual,

    /// <summary>Equal.</summary>
    Equal,

    /// <summary>Not equal.</summary>
    NotEqual,

    /// <summary>Kleene conjunction.</summary>
    And,

    /// <summary>Kleene disjunction.</summary>
    Or,
}

/// <summary>Aggregations over the records of one list input, such as an expert panel.</summary>
public enum ListFunction
{
    /// <summary>The number of records.</summary>
    Count,

    /// <summary>The sum of a field.</summary>
    Sum,

    /// <summary>The arithmetic mean of a field.</summary>
    Mean,

    /// <summary>The median of a field (mean of the two middle values for an even count).</summary>
    Median,

    /// <summary>The smallest value of a field.</summary>
    Min,

    /// <summary>The largest value of a field.</summary>
    Max,

    /// <summary>The mean after dropping the given percentage of values at each end.</summary>
    TrimmedMean,

    /// <summary>The population standard deviation of a field: a measure of expert disagreement.</summary>
    StandardDeviation,

    /// <summary>Met when some record meets the condition (Kleene over the records; an empty list is not met).</summary>
    Any,

    /// <summary>Met when every record meets the condition (Kleene over the records; an empty list is met).</summary>
    All,
}

/// <summary>Aggregations over all dossiers screened together (a cohort).</summary>
public enum CohortFunction
{
    /// <summary>The sum of the subject over the cohort.</summary>
    Sum,

    /// <summary>The cohort mean of the subject.</summary>
    Mean,

    /// <summary>This dossier's subject divided by the cohort sum, as a ratio (compare with a percentage).</summary>
    Share,

    /// <summary>This dossier's rank by the subject, 1 for the largest; ties share the best rank.</summary>
    Rank,

    /// <summary>Met when this dossier is among the N largest by the subject.</summary>
    TopN,

    /// <summary>The share of the cohort with a strictly smaller subject, as a ratio from 0 to 1.</summary>
    Percentile,

    /// <summary>The smallest subject in the cohort.</summary>
    Min,

    /// <summary>The largest subject in the cohort.</summary>
    Max,

    /// <summary>The cohort median of the subject (mean of the two middle values for an even count).</summary>
    Median,

    /// <summary>The cohort's value at a percentile (nearest rank: the smallest value with at least that share of the cohort at or below it).</summary>
    Quantile,

    /// <summary>The sum of the N largest subjects.</summary>
    TopSum,

    /// <summary>The share of the cohort total held by the N largest subjects, as a ratio.</summary>
    TopShare,

    /// <summary>The subject of one member, named by its dossier id (<c>sales of "Shanghai"</c>).</summary>
    Member,
}

/// <summary>What kind of declaration a name refers to.</summary>
public enum SymbolKind
{
    /// <summary>A dossier input.</summary>
    Input,

    /// <summary>A field of the current record, inside a list aggregation.</summary>
    Field,

    /// <summary>A derived value.</summary>
    Derived,

    /// <summary>A criterion or gate; its value is its verdict.</summary>
    Criterion,

    /// <summary>An indicator; its value is its score.</summary>
    Indicator,

    /// <summary>An indicator group; its value is its weighted subtotal.</summary>
    Group,

    /// <summary>The rubric's overall score.</summary>
    Score,

    /// <summary>The dossier's assessment date.</summary>
    AssessmentDate,
}
