using System.Linq.Expressions;

namespace RubricEngine.Rete;

/// <summary>Builds the beta chain of each rule on top of shared alpha memories.</summary>
internal sealed class NetworkBuilder
{
    private readonly List<ReteNode> nodes = [];
    private readonly List<BetaNode> betaNodes = [];
    private readonly List<TerminalNode> terminals = [];
    private readonly AlphaBuilder alpha;

    public NetworkBuilder() => alpha = new AlphaBuilder(Register);

    public void AddRule(RuleDefinition rule, int order)
    {
        BetaNode? previous = null;
        for (var level = 0; level < rule.Elements.Count; level++)
        {
            var node = CreateNode(rule, level);
            node.Parent = previous;
            node.Level = level;
            if (previous is not null)
            {
                previous.Child = node;
            }

            AddBeta(node, rule.Name);
            previous = node;
        }

        var terminal = new TerminalNode(rule, order) { Parent = previous, Level = rule.Elements.Count };
        previous!.Child = terminal;
        AddBeta(terminal, rule.Name);
        terminals.Add(terminal);
    }

    public Network Build()
    {
        var rank = 0;
        foreach (var terminal in terminals.OrderByDescending(t => t.Rule.Salience).ThenBy(t => t.DeclarationOrder))
        {
            terminal.Rank = rank++;
        }

        return new Network(nodes, alpha.TypeNodes, betaNodes, terminals);
    }

    private void Register(ReteNode node)
    {
        node.Id = nodes.Count;
        nodes.Add(node);
    }

    private void AddBeta(BetaNode node, string rule)
    {
        node.MemoryIndex = betaNodes.Count;
        betaNodes.Add(node);
        Register(node);
        node.AddRule(rule);
    }

    private BetaNode CreateNode(RuleDefinition rule, int level)
    {
        var element = rule.Elements[level];
        var (source, negated) = element switch
        {
            PatternElement p => (p, false),
            NotElement n => (n.Source, true),
            ExistsElement e => (e.Source, false),
            ForAllElement f => (Counterexample(f), true),
            AggregateElement a => (a.Source, false),
            _ => throw new ArgumentException("Unknown element kind."),
        };
        var (index, tests) = CompileJoins(rule, level, source);
        BetaNode node = element switch
        {
            PatternElement => new JoinNode(index, tests),
            AggregateElement a => new AggregateNode(index, tests, a, CompileAggregate(a)),
            _ => new ExistsNode(index, tests, negated),
        };
        var memory = alpha.Build(source.FactType, source.Conditions, rule.Name);
        memory.Successors.Add(node);
        node.Source = memory;
        return node;
    }

    /// <summary>forall(source, condition) holds when no source fact violates the condition.</summary>
    private static PatternElement Counterexample(ForAllElement forAll)
    {
        var violated = Expression.Lambda(Expression.Not(forAll.Condition.Body), forAll.Condition.Parameters);
        return new PatternElement(forAll.Source.FactType, [.. forAll.Source.Conditions, violated], forAll.Source.Joins);
    }

    private static (BetaIndex Index, JoinTest[] Tests) CompileJoins(RuleDefinition rule, int level, PatternElement source)
    {
        if (level == 0)
        {
            return (new CrossIndex(storeRight: false), []);
        }

        BetaIndex? index = null;
        var tests = new List<JoinTest>();
        foreach (var join in source.Joins)
        {
            if (rule.Elements[join.OtherIndex] is not (PatternElement or AggregateElement))
            {
                throw new ArgumentException($"Rule '{rule.Name}': element {level} joins element {join.OtherIndex}, which has no entry.");
            }

            var distance = level - 1 - join.OtherIndex;
            var self = join.Condition.Parameters[0];
            var other = join.Condition.Parameters[1];
            var conjuncts = ConditionAnalysis.Conjuncts(join.Condition.Body);
            for (var c = 0; c < conjuncts.Count; c++)
            {
                var conjunct = conjuncts[c];

                // Only a leading equality is hashed: later ones may rely on a guard written before them.
                if (index is null && c == 0 && TryHash(conjunct, self, other, distance, out var hashed))
                {
                    index = hashed;
                    continue;
                }

                tests.Add(new JoinTest(distance, Delegates.Predicate2(conjunct, self, other), ExpressionText.Display(conjunct, [self, other])));
            }
        }

        return (index ?? new CrossIndex(storeRight: true), [.. tests]);
    }

    private static bool TryHash(Expression conjunct, ParameterExpression self, ParameterExpression other, int distance, out BetaIndex? index)
    {
        index = null;
        if (!ConditionAnalysis.IsHashableEquality(conjunct, out var left, out var right))
        {
            return false;
        }

        if (OnlyMentions(right, self, other) && OnlyMentions(left, other, self))
        {
            (left, right) = (right, left);
        }
        else if (!(OnlyMentions(left, self, other) && OnlyMentions(right, other, self)))
        {
            return false;
        }

        var rightKey = Delegates.Selector(left, self);
        var leftKey = Delegates.Selector(right, other);
        var type = typeof(HashIndex<>).MakeGenericType(left.Type);
        var label = ExpressionText.Display(conjunct, [self, other]);
        index = (BetaIndex)Activator.CreateInstance(type, rightKey, leftKey, distance, label)!;
        return true;
    }

    private static bool OnlyMentions(Expression e, ParameterExpression wanted, ParameterExpression unwanted)
        => ConditionAnalysis.Mentions(e, wanted) && !ConditionAnalysis.Mentions(e, unwanted);

    private static AggregateCompilation CompileAggregate(AggregateElement element)
    {
        Func<object?, object?, object>? makeGroup = null;
        if (element.GroupKey is { } key)
        {
            var k = Expression.Parameter(typeof(object), "k");
            var v = Expression.Parameter(typeof(object), "v");
            var ctor = element.ResultType.GetConstructor([key.ReturnType, element.Function.ResultType])!;
            var body = Expression.New(ctor, Expression.Convert(k, key.ReturnType), Expression.Convert(v, element.Function.ResultType));
            makeGroup = Expression.Lambda<Func<object?, object?, object>>(body, k, v).Compile();
        }

        var tests = element.ResultConditions.Select(c => Delegates.Predicate(c.Body, c.Parameters[0])).ToArray();
        var texts = element.ResultConditions.Select(ExpressionText.Display).ToArray();
        return new AggregateCompilation(element.GroupKey is null ? null : Delegates.BoxedSelector(element.GroupKey), makeGroup, tests, texts);
    }
}
