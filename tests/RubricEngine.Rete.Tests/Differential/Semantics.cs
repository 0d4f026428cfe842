namespace RubricEngine.Rete.Tests.Differential;

/// <summary>The meaning of the specs as plain C#, shared by the reference evaluator and the derived-fact action.</summary>
public static class Semantics
{
    public static bool Alpha(AlphaSpec s, Fact f) => s.Op switch
    {
        0 => f.Val == s.Constant,
        1 => f.Val > s.Constant,
        2 => f.Key == s.Constant,
        _ => f.Key != s.Constant,
    };

    public static bool Join(JoinSpec s, Fact f, object other) => s.Op switch
    {
        0 => f.Key == ((Fact)other).Key,
        1 => f.Val < ((Fact)other).Val,
        2 => f.Key == ((Fact)other).Key && f.Val != ((Fact)other).Val,
        3 => f.Val == (int)other,
        _ => f.Val < (int)other,
    };

    public static int GroupKey(Fact f) => f.Val % 2;

    /// <summary>The fact a deriving rule inserts logically for a match.</summary>
    public static Fact Derive(RuleSpec rule, IReadOnlyList<object?> entries)
    {
        var first = entries.OfType<Fact>().FirstOrDefault();
        var val = entries.OfType<Fact>().Sum(f => f.Val) + entries.OfType<int>().Sum() + rule.Elements.Length;
        var key = first?.Key ?? 0;
        return rule.Level == 1 ? new D(key, val % 3) : new E(key, val % 3);
    }

    /// <summary>A canonical text for a match: facts by identity, values by value, lists as sorted sets.</summary>
    public static string Signature(string rule, IReadOnlyList<object?> entries)
        => rule + "(" + string.Join(", ", entries.Select(Describe)) + ")";

    private static string Describe(object? entry) => entry switch
    {
        null => "-",
        A a => "A" + a.Id,
        B b => "B" + b.Id,
        Fact f => f.ToString(),
        IEnumerable<Fact> list => "[" + string.Join(" ", list.Select(Describe).Order(StringComparer.Ordinal)) + "]",
        Group<int, int> g => $"g({g.Key},{g.Value})",
        Group<int, IReadOnlyList<Fact>> g => $"g({g.Key},{Describe(g.Value)})",
        _ => entry.ToString() ?? "?",
    };
}
