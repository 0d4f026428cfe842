using System.Linq.Expressions;

namespace RubricEngine.Rete.Tests.Differential;

/// <summary>Turns specs into engine rules through the public model, with captured constants as a user would write them.</summary>
public static class EngineRules
{
    public static List<RuleDefinition> Build(IEnumerable<RuleSpec> rules) => [.. rules.Select(Build)];

    private static RuleDefinition Build(RuleSpec spec)
    {
        var elements = spec.Elements.Select(Element).ToList();
        Action<RuleContext>? action = spec.Derives ? ctx => ctx.InsertLogical(Semantics.Derive(spec, ctx.Entries)) : null;
        return new RuleDefinition(spec.Name, elements, action, spec.Salience);
    }

    private static RuleElement Element(ElementSpec spec)
    {
        var source = new PatternElement(spec.Type, spec.Alpha.Select(Alpha), spec.Joins.Select(j => new JoinCondition(j.Other, Join(j))));
        return spec.Kind switch
        {
            ElementKind.Match => source,
            ElementKind.Not => new NotElement(source),
            ElementKind.Exists => new ExistsElement(source),
            ElementKind.ForAll => new ForAllElement(source, Alpha(spec.ForAllCondition!)),
            _ => Aggregate(spec, source),
        };
    }

    private static AggregateElement Aggregate(ElementSpec spec, PatternElement source)
    {
        AggregateFunction function = spec.Aggregate switch
        {
            AggregateKind.Count => Aggregates.Count<Fact>(),
            AggregateKind.Sum => Aggregates.Sum<Fact, int>(f => f.Val),
            AggregateKind.Min => Aggregates.Min<Fact, int>(f => f.Val),
            AggregateKind.Max => Aggregates.Max<Fact, int>(f => f.Val),
            _ => Aggregates.Collect<Fact>(),
        };
        Expression<Func<Fact, int>> key = f => f.Val % 2;
        var above = spec.ResultAbove;
        Expression<Func<int, bool>> filter = v => v > above;
        return new AggregateElement(source, function, spec.Grouped ? key : null, above is null ? null : [filter]);
    }

    private static Expression<Func<Fact, bool>> Alpha(AlphaSpec spec)
    {
        var c = spec.Constant;
        Expression<Func<Fact, bool>> condition = spec.Op switch
        {
            0 => x => x.Val == c,
            1 => x => x.Val > c,
            2 => x => x.Key == c,
            _ => x => x.Key != c,
        };
        return condition;
    }

    private static LambdaExpression Join(JoinSpec spec)
    {
        if (spec.Op >= 3)
        {
            Expression<Func<Fact, int, bool>> toValue = spec.Op == 3 ? (x, v) => x.Val == v : (x, v) => x.Val < v;
            return toValue;
        }

        Expression<Func<Fact, Fact, bool>> condition = spec.Op switch
        {
            0 => (x, o) => x.Key == o.Key,
            1 => (x, o) => x.Val < o.Val,
            _ => (x, o) => x.Key == o.Key && x.Val != o.Val,
        };
        return condition;
    }
}
