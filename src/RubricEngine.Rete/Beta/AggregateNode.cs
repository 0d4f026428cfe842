namespace RubricEngine.Rete;

/// <summary>
/// Aggregates, per left token, the right facts that pass the join, split by group key when there is one.
/// Each group keeps incremental aggregator state and at most one emitted token whose entry is the current
/// value; a change of value deletes that token (and everything built on it) and emits a new one.
/// Changes from right facts are deferred to the end of the session operation (<see cref="Session"/>
/// settles them), so a batch of n facts into one group re-emits once, not n times.
/// </summary>
internal sealed class AggregateNode(BetaIndex index, JoinTest[] tests, AggregateElement element, AggregateCompilation compiled)
    : BetaNode(index, tests)
{
    private static readonly object NullKey = new();

    public override string Kind => "Aggregate";

    public override string Label
    {
        get
        {
            var head = $"{element.Function.Name} of {Source?.Label}";
            if (element.GroupKey is not null)
            {
                head += " by " + ExpressionText.Display(element.GroupKey);
            }

            if (Conditions.Length > 0)
            {
                head += " where " + Conditions;
            }

            return compiled.ResultTexts.Length == 0 ? head : head + " having " + string.Join(" && ", compiled.ResultTexts);
        }
    }

    public override void LeftActivate(Session session, Token token)
    {
        var partners = Index.AddLeft(session.MemoryOf(this), token);
        var state = new Dictionary<object, AggregateGroup>();
        token.State = state;
        if (element.GroupKey is null)
        {
            state.Add(NullKey, new AggregateGroup(element.Function.CreateUntyped(), null, 0));
        }

        if (partners is not null)
        {
            for (var i = 0; i < partners.Count; i++)
            {
                var fact = partners[i];
                if (Passes(session, token, fact))
                {
                    AddTo(state, fact);
                }
            }
        }

        foreach (var group in state.Values.ToList())
        {
            Refresh(session, token, state, group);
        }
    }

    public override void RightActivate(Session session, FactHandle fact)
    {
        var partners = Index.AddRight(session.MemoryOf(this), fact);
        for (var i = 0; partners is not null && i < partners.Count; i++)
        {
            var token = partners[i];
            if (Passes(session, token, fact))
            {
                var state = (Dictionary<object, AggregateGroup>)token.State!;
                Defer(session, token, AddTo(state, fact));
            }
        }
    }

    public override void RightRetract(Session session, FactHandle fact)
    {
        var partners = Index.RemoveRight(session.MemoryOf(this), fact);
        for (var i = 0; partners is not null && i < partners.Count; i++)
        {
            var token = partners[i];
            if (Passes(session, token, fact))
            {
                var state = (Dictionary<object, AggregateGroup>)token.State!;
                var group = state[KeyOf(fact)];
                group.Aggregator.Remove(fact.Fact);
                group.Count--;
                Defer(session, token, group);
            }
        }
    }

    private AggregateGroup AddTo(Dictionary<object, AggregateGroup> state, FactHandle fact)
    {
        var key = KeyOf(fact);
        if (!state.TryGetValue(key, out var group))
        {
            group = new AggregateGroup(element.Function.CreateUntyped(), key == NullKey ? null : key, fact.Id);
            state.Add(key, group);
        }

        group.Aggregator.Add(fact.Fact);
        group.Count++;
        return group;
    }

    /// <summary>Brings a deferred group up to date, unless its left token has gone meanwhile.</summary>
    public void Flush(Session session, Token token, AggregateGroup group)
    {
        group.Dirty = false;
        if (!token.Dead)
        {
            Refresh(session, token, (Dictionary<object, AggregateGroup>)token.State!, group);
        }
    }

    private void Defer(Session session, Token token, AggregateGroup group)
    {
        if (!group.Dirty)
        {
            group.Dirty = true;
            session.DeferAggregate(this, token, group);
        }
    }

    private object KeyOf(FactHandle fact) => compiled.GroupKey is null ? NullKey : compiled.GroupKey(fact.Fact) ?? NullKey;

    private void Refresh(Session session, Token token, Dictionary<object, AggregateGroup> state, AggregateGroup group)
    {
        var grouped = compiled.GroupKey is not null;
        var holds = group.Aggregator.HasResult && (!grouped || group.Count > 0);
        object? value = null;
        if (holds)
        {
            value = grouped ? compiled.MakeGroup!(group.Key, group.Aggregator.Result) : group.Aggregator.Result;
            holds = PassesResult(session, value);
        }

        if (group.Emitted is { } old)
        {
            if (holds && Equals(old.Element!.Fact, value))
            {
                return;
            }

            group.Emitted = null;
            session.DeleteToken(old);
        }

        if (holds)
        {
            group.Emitted = session.Emit(this, token, new FactHandle(value!, group.FirstId) { IsAggregateValue = true });
        }

        if (grouped && group.Count == 0)
        {
            state.Remove(group.Key ?? NullKey);
        }
    }

    private bool PassesResult(Session session, object? value)
    {
        for (var i = 0; i < compiled.ResultTests.Length; i++)
        {
            var passed = compiled.ResultTests[i](value!);
            if (session.Events.TracesConditions)
            {
                session.Events.RaiseCondition(this, compiled.ResultTexts[i], [value], passed);
            }

            if (!passed)
            {
                return false;
            }
        }

        return true;
    }

    private static string Join(string head, string tail) => tail.Length == 0 ? head : head + " where " + tail;
}

/// <summary>One group of one left token of an aggregate node.</summary>
internal sealed class AggregateGroup(IUntypedAggregator aggregator, object? key, long firstId)
{
    public IUntypedAggregator Aggregator { get; } = aggregator;

    public object? Key { get; } = key;

    /// <summary>Sequence of the fact that opened the group: the entry's place in the agenda order.</summary>
    public long FirstId { get; } = firstId;

    public int Count { get; set; }

    public Token? Emitted { get; set; }

    /// <summary>Changed since its value was last emitted; queued in the session.</summary>
    public bool Dirty { get; set; }
}

/// <summary>The compiled delegates of an aggregate element.</summary>
internal sealed record AggregateCompilation(
    Func<object, object?>? GroupKey,
    Func<object?, object?, object>? MakeGroup,
    Func<object, bool>[] ResultTests,
    string[] ResultTexts);
