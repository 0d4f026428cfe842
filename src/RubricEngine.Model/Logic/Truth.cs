namespace RubricEngine.Model.Logic;

/// <summary>
/// The verdict of a condition. Met, not met and unknown are Kleene's three values; <see cref="Conflict"/> is an
/// undecided value like unknown, but because the evidence disagrees rather than because it is missing; and
/// <see cref="NotApplicable"/> is a criterion outside its <c>from</c>/<c>until</c> dates, neutral wherever it stands.
/// The operations are in <see cref="Kleene"/> and the truth table in <c>docs/language.md</c>.
/// </summary>
public enum Truth
{
    /// <summary>The evidence shows the condition does not hold.</summary>
    NotMet = 0,

    /// <summary>There is not enough admissible evidence to decide (missing, unverified, wrong methodology...).</summary>
    Unknown = 1,

    /// <summary>The evidence shows the condition holds.</summary>
    Met = 2,

    /// <summary>The candidate values disagree on the verdict, and the rubric's conflict policy cannot reconcile them.</summary>
    Conflict = 3,

    /// <summary>A dated criterion outside its dates: it does not apply, and leaves the expression around it as if it were absent.</summary>
    NotApplicable = 4,
}

/// <summary>
/// Logic on <see cref="Truth"/>: Kleene's strong logic extended by two values. A definite failure outranks
/// everything undecided in "and" (a definite success in "or"); among undecided values, conflict outranks
/// unknown (more evidence cannot settle a conflict by itself, so it needs a reviewer either way); a value
/// that does not apply is the identity of the operation it stands in, and "not" keeps it.
/// </summary>
public static class Kleene
{
    /// <summary>Met only when both are met; NotMet when either is not met; NotApplicable gives the other side.</summary>
    public static Truth And(Truth left, Truth right)
    {
        if (left == Truth.NotApplicable)
        {
            return right;
        }

        if (right == Truth.NotApplicable)
        {
            return left;
        }

        if (left == Truth.NotMet || right == Truth.NotMet)
        {
            return Truth.NotMet;
        }

        return Undecided(left, right) ?? Truth.Met;
    }

    /// <summary>Met when either is met; NotMet only when both are not met; NotApplicable gives the other side.</summary>
    public static Truth Or(Truth left, Truth right)
    {
        if (left == Truth.NotApplicable)
        {
            return right;
        }

        if (right == Truth.NotApplicable)
        {
            return left;
        }

        if (left == Truth.Met || right == Truth.Met)
        {
            return Truth.Met;
        }

        return Undecided(left, right) ?? Truth.NotMet;
    }

    /// <summary>Swaps Met and NotMet; Unknown, Conflict and NotApplicable stay as they are.</summary>
    public static Truth Not(Truth value) => value switch
    {
        Truth.Met => Truth.NotMet,
        Truth.NotMet => Truth.Met,
        _ => value,
    };

    /// <summary>Converts a definite boolean.</summary>
    public static Truth From(bool value) => value ? Truth.Met : Truth.NotMet;

    /// <summary>True for the two undecided values, unknown and conflict.</summary>
    public static bool IsUndecided(this Truth value) => value is Truth.Unknown or Truth.Conflict;

    /// <summary>And over a sequence; Met for an empty sequence.</summary>
    public static Truth All(IEnumerable<Truth> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = Truth.NotApplicable;
        foreach (var v in values)
        {
            result = And(result, v);
        }

        return result == Truth.NotApplicable ? Truth.Met : result;
    }

    /// <summary>Or over a sequence; NotMet for an empty sequence.</summary>
    public static Truth Any(IEnumerable<Truth> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = Truth.NotApplicable;
        foreach (var v in values)
        {
            result = Or(result, v);
        }

        return result == Truth.NotApplicable ? Truth.NotMet : result;
    }

    /// <summary>The snake_case word used in decision JSON and reports: met, not_met, unknown, conflict, not_applicable.</summary>
    public static string ToWord(this Truth value) => value switch
    {
        Truth.Met => "met",
        Truth.NotMet => "not_met",
        Truth.Conflict => "conflict",
        Truth.NotApplicable => "not_applicable",
        _ => "unknown",
    };

    // Conflict outranks unknown; null when neither side is undecided.
    private static Truth? Undecided(Truth left, Truth right) =>
        left == Truth.Conflict || right == Truth.Conflict ? Truth.Conflict
        : left == Truth.Unknown || right == Truth.Unknown ? Truth.Unknown
        : null;
}
