using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Authoring.Lint;

/// <summary>A variable of the analysis and its finite domain.</summary>
internal abstract record Domain(string Name)
{
    public abstract int Size { get; }

    /// <summary>False for a value no dossier can have (an open interval with no whole number in it, for a whole-number value).</summary>
    public virtual bool Feasible(int value) => true;

    public abstract string Describe(int value);
}

internal sealed record BooleanDomain(string Name) : Domain(Name)
{
    public override int Size => 2;

    public override string Describe(int value) => value == 1 ? "true" : "false";
}

internal sealed record EnumDomain(string Name, IReadOnlyList<string> Members) : Domain(Name)
{
    public override int Size => Members.Count;

    public override string Describe(int value) => Members[value];
}

/// <summary>
/// A number cut by its sorted thresholds c0 &lt; c1 &lt; ...: value 2i is the open interval below ci (above the one
/// before), 2i+1 is ci itself, 2n is above the last.
/// </summary>
internal sealed record NumberDomain(string Name, IReadOnlyList<Quantity> Thresholds, bool WholeNumbers) : Domain(Name)
{
    public override int Size => (2 * Thresholds.Count) + 1;

    public override bool Feasible(int value)
    {
        if (!WholeNumbers)
        {
            return true;
        }

        if (value % 2 == 1)
        {
            return decimal.IsInteger(Thresholds[value / 2].Value);
        }

        // An open interval between two thresholds holds a whole number only when they are more than one apart or not whole.
        var i = value / 2;
        if (i == 0 || i == Thresholds.Count)
        {
            return true;
        }

        var low = Thresholds[i - 1].Value;
        var high = Thresholds[i].Value;
        return Math.Floor(low) + 1 < high;
    }

    /// <summary>The position of threshold k among the values: 2k+1.</summary>
    public static int PointOf(int threshold) => (2 * threshold) + 1;

    public override string Describe(int value) => Interval(value, value);

    /// <summary>The values from <paramref name="first"/> to <paramref name="last"/> as an interval: <c>[3, 3.5)</c>.</summary>
    public string Interval(int first, int last)
    {
        var low = first % 2 == 1 ? $"[{Text(Thresholds[first / 2])}" : first == 0 ? "(-inf" : $"({Text(Thresholds[(first / 2) - 1])}";
        var high = last % 2 == 1 ? $"{Text(Thresholds[last / 2])}]" : last == Size - 1 ? "+inf)" : $"{Text(Thresholds[last / 2])})";
        return $"in {low}, {high}";
    }

    private static string Text(Quantity q) => q.Unit.Symbol.Length == 0 ? ValueText.Plain(q.Value) : $"{ValueText.Plain(q.Value)} {q.Unit.Symbol}";
}
