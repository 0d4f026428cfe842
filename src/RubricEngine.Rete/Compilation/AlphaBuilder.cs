using System.Globalization;
using System.Linq.Expressions;

namespace RubricEngine.Rete;

/// <summary>
/// Builds the alpha chain of a pattern, reusing existing nodes. Conditions keep their written order (a
/// guard such as <c>x.Detail != null</c> must run before <c>x.Detail.Code == "A"</c>): the leading run of
/// equalities with constants becomes hash dispatch, everything from the first other condition on is tested
/// node by node.
/// </summary>
internal sealed class AlphaBuilder(Action<ReteNode> register)
{
    private readonly Dictionary<Type, TypeNode> typeNodes = [];

    public List<TypeNode> TypeNodes { get; } = [];

    public AlphaMemory Build(Type factType, IReadOnlyList<LambdaExpression> conditions, string rule)
    {
        var dispatches = new List<(string Key, string Field, Expression Body, ParameterExpression Parameter, object? Value)>();
        var selections = new List<(string Key, Expression Body, ParameterExpression Parameter)>();
        foreach (var condition in conditions)
        {
            var parameter = condition.Parameters[0];
            foreach (var conjunct in ConditionAnalysis.Conjuncts(condition.Body))
            {
                if (selections.Count == 0 && TryDispatch(conjunct, parameter, out var field, out var value))
                {
                    dispatches.Add((ExpressionText.Key(field, [parameter]), ExpressionText.Display(field, [parameter]), field, parameter, value));
                }
                else
                {
                    selections.Add((ExpressionText.Key(conjunct, [parameter]), conjunct, parameter));
                }
            }
        }

        AlphaNode node = TypeNodeFor(factType);
        node.AddRule(rule);
        foreach (var d in dispatches)
        {
            var dispatch = node.GetOrAdd("dispatch " + d.Key, () => Register(CreateDispatch(d.Field, d.Body, d.Parameter)));
            dispatch.AddRule(rule);
            var entry = dispatch.GetOrAddEntry(d.Value, Text(d.Value));
            if (entry.Id < 0)
            {
                register(entry);
            }

            node = entry;
            node.AddRule(rule);
        }

        foreach (var s in selections)
        {
            node = node.GetOrAdd("select " + s.Key, () => Register(new SelectionNode(
                Delegates.Predicate(s.Body, s.Parameter), ExpressionText.Display(s.Body, [s.Parameter]))));
            node.AddRule(rule);
        }

        var memory = node.GetOrAdd("memory", () => Register(new AlphaMemory(factType.Name)));
        memory.AddRule(rule);
        return memory;
    }

    private TypeNode TypeNodeFor(Type type)
    {
        if (!typeNodes.TryGetValue(type, out var node))
        {
            node = Register(new TypeNode(type));
            typeNodes.Add(type, node);
            TypeNodes.Add(node);
        }

        return node;
    }

    private T Register<T>(T node)
        where T : ReteNode
    {
        register(node);
        return node;
    }

    private static bool TryDispatch(Expression conjunct, ParameterExpression parameter, out Expression field, out object? value)
    {
        value = null;
        if (ConditionAnalysis.IsHashableEquality(conjunct, out var left, out var right))
        {
            if (ConditionAnalysis.Mentions(left, parameter) && ConditionAnalysis.TryEvaluate(right, out value))
            {
                field = left;
                return true;
            }

            if (ConditionAnalysis.Mentions(right, parameter) && ConditionAnalysis.TryEvaluate(left, out value))
            {
                field = right;
                return true;
            }
        }

        field = conjunct;
        return false;
    }

    private static DispatchNode CreateDispatch(string field, Expression body, ParameterExpression parameter)
    {
        var accessor = Delegates.Selector(body, parameter);
        var type = typeof(DispatchNode<>).MakeGenericType(body.Type);
        return (DispatchNode)Activator.CreateInstance(type, field, accessor)!;
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
