namespace RubricEngine.Model.Logic;

/// <summary>
/// A three-valued verdict. <see cref="Unknown"/> means there is no evidence, or the evidence conflicts.
/// Combinations follow Kleene's strong logic: a definite failure outranks missing data.
/// </summary>
public enum Truth
{
    /// <summary>The evidence shows the condition does not hold.</summary>
    NotMet = 0,

    /// <summary>There is not enough evidence to decide.</summary>
    Unknown = 1,

    /// <summary>The evidence shows the condition holds.</summary>
    Met = 2,
}

/// <summary>Kleene operations on <see cref="Truth"/>. The numeric order NotMet &lt; Unknown &lt; Met makes and = min, or = max.</summary>
public static class Kleene
{
    /// <summary>Met only when both are met; NotMet when either is not met.</summary>
    public static Truth And(Truth left, Truth right) => left < right ? left : right;

    /// <summary>Met when either is met; NotMet only when both are not met.</summary>
    public static Truth Or(Truth left, Truth right) => left > right ? left : right;

    /// <summary>Swaps Met and NotMet; Unknown stays Unknown.</summary>
    public static Truth Not(Truth value) => (Truth)(2 - (int)value);

    /// <summary>Converts a definite boolean.</summary>
    public static Truth From(bool value) => value ? Truth.Met : Truth.NotMet;

    /// <summary>And over a sequence; Met for an empty sequence.</summary>
    public static Truth All(IEnumerable<Truth> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = Truth.Met;
        foreach (var v in values)
        {
            result = And(result, v);
        }

        return result;
    }

    /// <summary>Or over a sequence; NotMet for an empty sequence.</summary>
    public static Truth Any(IEnumerable<Truth> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = Truth.NotMet;
        foreach (var v in values)
        {
            result = Or(result, v);
        }

        return result;
    }

    /// <summary>The snake_case word used in decision JSON and reports: met, not_met, unknown.</summary>
    public static string ToWord(this Truth value) => value switch
    {
        Truth.Met => "met",
        Truth.NotMet => "not_met",
        _ => "unknown",
    };
}
