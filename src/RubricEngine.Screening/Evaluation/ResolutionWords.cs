namespace RubricEngine.Screening.Evaluation;

/// <summary>The stable words a decision's <c>conflicts</c> entries give for why a policy step kept what it kept.</summary>
internal static class ResolutionWords
{
    /// <summary>The step kept the candidates it prefers and set the others aside.</summary>
    public const string Preferred = "preferred";

    /// <summary>Every candidate qualifies (verified, of the method, of the same latest date): all stay.</summary>
    public const string AllQualify = "all_qualify";

    /// <summary>No candidate qualifies (or none is dated): all stay.</summary>
    public const string NoneQualify = "none_qualify";

    /// <summary><c>prefer lowest</c> or <c>prefer highest</c> kept the one extreme value.</summary>
    public const string Extreme = "extreme";

    /// <summary><c>prefer lowest</c> or <c>prefer highest</c> met values that cannot be ordered: all stay.</summary>
    public const string NotComparable = "not_comparable";

    /// <summary><c>agree on verdict</c>: each criterion judges the candidates.</summary>
    public const string LeftToCriteria = "left_to_criteria";
}
