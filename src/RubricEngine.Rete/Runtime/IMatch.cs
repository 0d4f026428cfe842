namespace RubricEngine.Rete;

/// <summary>A full match of a rule: one entry per element (a fact, an aggregate value, or null for not/exists/forall).</summary>
public interface IMatch
{
    /// <summary>The rule matched.</summary>
    RuleDefinition Rule { get; }

    /// <summary>The entries, in element order.</summary>
    IReadOnlyList<object?> Entries { get; }

    /// <summary>The entry of the element <paramref name="pattern"/> stands for.</summary>
    /// <param name="pattern">A handle from the builder of this rule.</param>
    /// <typeparam name="T">The entry type.</typeparam>
    /// <returns>The entry.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "ctx.Get(pattern) reads naturally in C#, the only consumer language.")]
    T Get<T>(Pattern<T> pattern);
}

/// <summary>An immutable view of a terminal token.</summary>
internal sealed class MatchView(RuleDefinition rule, Token token) : IMatch
{
    private object?[]? entries;

    public RuleDefinition Rule { get; } = rule;

    public IReadOnlyList<object?> Entries => entries ??= EntriesOf(token, Rule.Elements.Count);

    public T Get<T>(Pattern<T> pattern) => GetEntry(Rule, token, pattern);

    public static object?[] EntriesOf(Token token, int count)
    {
        var result = new object?[count];
        var t = token;
        for (var i = count - 1; i >= 0; i--)
        {
            result[i] = t!.Element?.Fact;
            t = t.Parent;
        }

        return result;
    }

    public static T GetEntry<T>(RuleDefinition rule, Token token, Pattern<T> pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Rule.Name != rule.Name || pattern.Index >= rule.Elements.Count)
        {
            throw new ArgumentException($"The pattern belongs to rule '{pattern.Rule.Name}', not '{rule.Name}'.", nameof(pattern));
        }

        if (pattern.Kind is PatternKind.Not or PatternKind.Exists or PatternKind.ForAll)
        {
            throw new ArgumentException("A not, exists or forall element has no entry to read.", nameof(pattern));
        }

        return (T)token.EntryAt(rule.Elements.Count - 1 - pattern.Index)!.Fact;
    }

    public override string ToString() => Rule.Name + "(" + string.Join(", ", Entries) + ")";
}
