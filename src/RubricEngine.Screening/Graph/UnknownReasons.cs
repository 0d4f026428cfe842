namespace RubricEngine.Screening.Graph;

/// <summary>The words a <see cref="NodeResult.Reason"/> uses for an unknown value.</summary>
internal static class UnknownReasons
{
    public const string Overflow = "overflow";
    public const string DivisionByZero = "division by zero";
    public const string NoAssessmentDate = "no assessment date for a dated criterion";
    public const string Missing = "missing";
    public const string Conflicting = "conflicting";
    public const string TooFewRecords = "too_few_records";
    public const string Excluded = "excluded from the cohort";

    public const string Unverified = "unverified";
    public const string WrongMethod = "wrong_method";
}
