namespace RubricEngine.Rete;

/// <summary>
/// Answers every condition <c>field == constant</c> on one field with a single hash lookup: 500 rules
/// keyed on an activity code cost one evaluation of the field and one probe, not 500 tests.
/// </summary>
internal abstract class DispatchNode(string fieldText) : AlphaNode
{
    public string Field { get; } = fieldText;

    public override string Kind => "Dispatch";

    public override string Label => Field + " == ?";

    public abstract DispatchEntry GetOrAddEntry(object? value, string valueText);
}

/// <summary>The typed table; <typeparamref name="TKey"/> avoids boxing the field value on every fact.</summary>
internal sealed class DispatchNode<TKey>(string fieldText, Func<object, TKey> accessor) : DispatchNode(fieldText)
    where TKey : notnull
{
    private readonly Dictionary<TKey, DispatchEntry> entries = [];
    private DispatchEntry? nullEntry;

    public override DispatchEntry GetOrAddEntry(object? value, string valueText)
    {
        if (value is null)
        {
            return nullEntry ??= Add(new DispatchEntry(Field, valueText));
        }

        if (!entries.TryGetValue((TKey)value, out var entry))
        {
            entry = Add(new DispatchEntry(Field, valueText));
            entries.Add((TKey)value, entry);
        }

        return entry;
    }

    public override void Activate(Session session, FactHandle fact)
    {
        var key = accessor(fact.Fact);
        DispatchEntry? entry;
        if (key is null)
        {
            entry = nullEntry;
        }
        else
        {
            entries.TryGetValue(key, out entry);
        }

        session.CountNode(Id, entry is not null);
        if (session.Events.TracesConditions)
        {
            // Report every equality answered by the lookup, so a trace shows the ones that failed too.
            foreach (var other in Children)
            {
                session.Events.RaiseCondition(other, other.Label, [fact.Fact], other == entry);
            }
        }

        entry?.Activate(session, fact);
    }

    private DispatchEntry Add(DispatchEntry entry)
    {
        Children.Add(entry);
        return entry;
    }
}

/// <summary>The facts whose field equals one constant continue from here.</summary>
internal sealed class DispatchEntry(string fieldText, string valueText) : AlphaNode
{
    public override string Kind => "Equals";

    public override string Label => fieldText + " == " + valueText;

    public override void Activate(Session session, FactHandle fact)
    {
        session.CountNode(Id, true);
        Propagate(session, fact);
    }
}
