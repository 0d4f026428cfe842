namespace RubricEngine.Rete;

/// <summary>Compiles rule definitions into a network.</summary>
public static class RuleCompiler
{
    /// <summary>
    /// Compiles rules. Conditions are analysed and compiled to delegates once; equal alpha conditions are
    /// shared; equalities with constants become hash dispatch; equalities between facts become hash joins.
    /// </summary>
    /// <param name="rules">The rules; their order is the declaration order used by the agenda.</param>
    /// <returns>The session factory.</returns>
    /// <exception cref="ArgumentException">Two rules share a name, or a rule is malformed.</exception>
    public static SessionFactory Compile(IEnumerable<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToList();
        var builder = new NetworkBuilder();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (!names.Add(list[i].Name))
            {
                throw new ArgumentException($"Two rules are named '{list[i].Name}'.", nameof(rules));
            }

            builder.AddRule(list[i], i);
        }

        return new SessionFactory(builder.Build(), list);
    }

    /// <summary>Compiles rules built with <see cref="RuleBuilder"/>.</summary>
    /// <param name="rules">The builders, in declaration order.</param>
    /// <returns>The session factory.</returns>
    public static SessionFactory Compile(params RuleBuilder[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Compile(rules.Select(r => r.Build()));
    }
}
