namespace RubricEngine.Rete.Tests.Differential;

/// <summary>
/// Recomputes everything from scratch by enumerating all combinations: level by level, the matches of
/// each rule over the facts so far, and the facts the deriving rules insert for them.
/// </summary>
public static class ReferenceEvaluator
{
    public static (SortedSet<string> Matches, SortedSet<string> Derived) Evaluate(IReadOnlyList<RuleSpec> rules, IEnumerable<Fact> stated)
    {
        var facts = stated.ToList();
        var matches = new SortedSet<string>(StringComparer.Ordinal);
        var derived = new SortedSet<string>(StringComparer.Ordinal);
        for (var level = 1; level <= 3; level++)
        {
            var produced = new List<Fact>();
            foreach (var rule in rules.Where(r => r.Level == level))
            {
                foreach (var entries in Matches(rule, facts))
                {
                    matches.Add(Semantics.Signature(rule.Name, entries));
                    if (rule.Derives)
                    {
                        produced.Add(Semantics.Derive(rule, entries));
                    }
                }
            }

            foreach (var fact in produced.Distinct())
            {
                facts.Add(fact);
                derived.Add(fact.ToString());
            }
        }

        return (matches, derived);
    }

    private static IEnumerable<object?[]> Matches(RuleSpec rule, List<Fact> facts)
    {
        IEnumerable<object?[]> partials = [[]];
        foreach (var element in rule.Elements)
        {
            partials = partials.SelectMany(p => Extend(element, p, facts)).ToList();
        }

        return partials;
    }

    private static IEnumerable<object?[]> Extend(ElementSpec element, object?[] partial, List<Fact> facts)
    {
        var selected = facts.Where(f => f.GetType() == element.Type
            && element.Alpha.All(a => Semantics.Alpha(a, f))
            && element.Joins.All(j => Semantics.Join(j, f, partial[j.Other]!))).ToList();
        switch (element.Kind)
        {
            case ElementKind.Match:
                return selected.Select(f => (object?[])[.. partial, f]);
            case ElementKind.Not:
                return selected.Count == 0 ? [[.. partial, null]] : [];
            case ElementKind.Exists:
                return selected.Count > 0 ? [[.. partial, null]] : [];
            case ElementKind.ForAll:
                return selected.All(f => Semantics.Alpha(element.ForAllCondition!, f)) ? [[.. partial, null]] : [];
            default:
                return Aggregate(element, partial, selected);
        }
    }

    private static IEnumerable<object?[]> Aggregate(ElementSpec element, object?[] partial, List<Fact> selected)
    {
        if (!element.Grouped)
        {
            var value = Apply(element.Aggregate, selected);
            if (value is null || (element.ResultAbove is { } above && value is int v && v <= above))
            {
                return [];
            }

            return [[.. partial, value]];
        }

        return selected.GroupBy(Semantics.GroupKey)
            .Select(g => (object?[])[.. partial, MakeGroup(element.Aggregate, g.Key, Apply(element.Aggregate, [.. g])!)]);
    }

    private static object MakeGroup(AggregateKind kind, int key, object value)
        => kind == AggregateKind.Collect ? new Group<int, IReadOnlyList<Fact>>(key, (IReadOnlyList<Fact>)value) : new Group<int, int>(key, (int)value);

    private static object? Apply(AggregateKind kind, List<Fact> facts) => kind switch
    {
        AggregateKind.Count => facts.Count,
        AggregateKind.Sum => facts.Sum(f => f.Val),
        AggregateKind.Min => facts.Count == 0 ? null : facts.Min(f => f.Val),
        AggregateKind.Max => facts.Count == 0 ? null : facts.Max(f => f.Val),
        _ => facts,
    };
}
