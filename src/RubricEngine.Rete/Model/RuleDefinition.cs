namespace RubricEngine.Rete;

/// <summary>An immutable rule: a name, a salience, left-hand side elements and an optional action.</summary>
/// <remarks>A rule without an action only collects matches; read them with <see cref="Session.Matches(string)"/>.</remarks>
public sealed class RuleDefinition
{
    /// <summary>Creates a rule.</summary>
    /// <param name="name">Unique name within a rule set.</param>
    /// <param name="elements">The left-hand side, in order.</param>
    /// <param name="action">What to do when the rule fires; null for a query-only rule.</param>
    /// <param name="salience">Priority: higher fires first.</param>
    public RuleDefinition(string name, IEnumerable<RuleElement> elements, Action<RuleContext>? action = null, int salience = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(elements);
        Name = name;
        Elements = [.. elements];
        Action = action;
        Salience = salience;
        if (Elements.Count == 0)
        {
            throw new ArgumentException($"Rule '{name}' has no elements.", nameof(elements));
        }

        Validate();
    }

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>Priority: activations of higher salience fire first.</summary>
    public int Salience { get; }

    /// <summary>The left-hand side.</summary>
    public IReadOnlyList<RuleElement> Elements { get; }

    /// <summary>The action, or null.</summary>
    public Action<RuleContext>? Action { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private void Validate()
    {
        for (var i = 0; i < Elements.Count; i++)
        {
            var source = Elements[i] switch
            {
                PatternElement p => p,
                NotElement n => n.Source,
                ExistsElement e => e.Source,
                ForAllElement f => f.Source,
                AggregateElement a => a.Source,
                _ => throw new ArgumentException("Unknown element kind.", nameof(Elements)),
            };
            foreach (var join in source.Joins)
            {
                if (join.OtherIndex >= i)
                {
                    throw new ArgumentException($"Rule '{Name}': element {i} joins element {join.OtherIndex}, which is not earlier.");
                }
            }
        }
    }
}
