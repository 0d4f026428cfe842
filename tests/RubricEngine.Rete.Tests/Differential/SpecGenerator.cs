namespace RubricEngine.Rete.Tests.Differential;

/// <summary>Random rule sets and operation sequences, small enough that thousands of cases run in seconds.</summary>
public static class SpecGenerator
{
    private static readonly Type[][] TypesByLevel = [[], [typeof(A), typeof(B)], [typeof(A), typeof(B), typeof(D)], [typeof(A), typeof(B), typeof(D), typeof(E)]];

    public static List<RuleSpec> Rules(Random random)
    {
        var count = random.Next(1, 5);
        return [.. Enumerable.Range(0, count).Select(i => Rule(random, "r" + i))];
    }

    public static List<Op> Operations(Random random, int count, int keys = 3)
    {
        var held = new List<Fact>();
        var ops = new List<Op>();
        var nextId = 1;
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(10);
            if (held.Count == 0 || roll < 5)
            {
                var id = nextId++;
                Fact fact = random.Next(2) == 0 ? new A(id, random.Next(keys), random.Next(4)) : new B(id, random.Next(keys), random.Next(4));
                held.Add(fact);
                ops.Add(new Op(OpKind.Insert, fact, null));
            }
            else if (roll < 8)
            {
                var index = random.Next(held.Count);
                var old = held[index];
                var updated = old with { Key = random.Next(keys), Val = random.Next(4) };
                if (updated == old)
                {
                    updated = old with { Val = (old.Val + 1) % 4 };
                }

                held[index] = updated;
                ops.Add(new Op(OpKind.Update, old, updated));
            }
            else
            {
                var index = random.Next(held.Count);
                ops.Add(new Op(OpKind.Retract, held[index], null));
                held.RemoveAt(index);
            }
        }

        return ops;
    }

    private static RuleSpec Rule(Random random, string name)
    {
        var level = random.Next(1, 4);
        var count = random.Next(1, 4);
        var elements = new List<ElementSpec>();
        for (var i = 0; i < count; i++)
        {
            elements.Add(Element(random, level, elements));
        }

        return new RuleSpec(name, level, random.Next(-1, 2), [.. elements]);
    }

    private static ElementSpec Element(Random random, int level, List<ElementSpec> earlier)
    {
        var roll = random.Next(100);
        var kind = earlier.Count == 0
            ? roll switch { < 60 => ElementKind.Match, < 70 => ElementKind.Not, < 80 => ElementKind.Exists, _ => ElementKind.Aggregate }
            : roll switch { < 40 => ElementKind.Match, < 55 => ElementKind.Not, < 68 => ElementKind.Exists, < 78 => ElementKind.ForAll, _ => ElementKind.Aggregate };
        var types = TypesByLevel[level];
        var type = types[random.Next(types.Length)];
        var alpha = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Alpha(random)).ToArray();
        var partners = earlier.Select((e, i) => (e, i)).Where(x => x.e.Kind == ElementKind.Match || IsNumericValue(x.e)).Select(x => x.i).ToList();
        var joins = new List<JoinSpec>();
        for (var n = 0; partners.Count > 0 && n < 2 && random.Next(10) < (n == 0 ? 8 : 2); n++)
        {
            var other = partners[random.Next(partners.Count)];
            joins.Add(new JoinSpec(other, earlier[other].Kind == ElementKind.Match ? random.Next(3) : 3 + random.Next(2)));
        }

        var aggregate = (AggregateKind)random.Next(5);
        var grouped = kind == ElementKind.Aggregate && random.Next(10) < 3;
        int? above = kind == ElementKind.Aggregate && !grouped && aggregate is AggregateKind.Count or AggregateKind.Sum && random.Next(10) < 3
            ? random.Next(3)
            : null;
        var forAll = kind == ElementKind.ForAll ? Alpha(random) : null;
        return new ElementSpec(kind, type, alpha, [.. joins], aggregate, grouped, above, forAll);
    }

    private static bool IsNumericValue(ElementSpec e) => e.Kind == ElementKind.Aggregate && !e.Grouped && e.Aggregate != AggregateKind.Collect;

    private static AlphaSpec Alpha(Random random)
    {
        var op = random.Next(4);
        return new AlphaSpec(op, op < 2 ? random.Next(4) : random.Next(3));
    }
}
