using System.Linq.Expressions;

namespace RubricEngine.Rete;

/// <summary>Compiles condition bodies over typed parameters into delegates over <see cref="object"/>.</summary>
internal static class Delegates
{
    public static Func<object, bool> Predicate(Expression body, ParameterExpression parameter)
        => Lambda<Func<object, bool>>(body, parameter);

    public static Func<object, object?, bool> Predicate2(Expression body, ParameterExpression first, ParameterExpression second)
    {
        var a = Expression.Parameter(typeof(object), "a");
        var b = Expression.Parameter(typeof(object), "b");
        var replaced = new Replacer([first, second], [Unbox(a, first.Type), Unbox(b, second.Type)]).Visit(body);
        return Expression.Lambda<Func<object, object?, bool>>(replaced, a, b).Compile();
    }

    /// <summary>A <c>Func&lt;object, <paramref name="body"/>.Type&gt;</c>.</summary>
    public static Delegate Selector(Expression body, ParameterExpression parameter)
    {
        var o = Expression.Parameter(typeof(object), "o");
        var replaced = new Replacer([parameter], [Unbox(o, parameter.Type)]).Visit(body);
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(object), body.Type), replaced, o).Compile();
    }

    public static Func<object, object?> BoxedSelector(LambdaExpression lambda)
        => Lambda<Func<object, object?>>(Expression.Convert(lambda.Body, typeof(object)), lambda.Parameters[0]);

    private static T Lambda<T>(Expression body, ParameterExpression parameter)
        where T : Delegate
    {
        var o = Expression.Parameter(typeof(object), "o");
        var replaced = new Replacer([parameter], [Unbox(o, parameter.Type)]).Visit(body);
        return Expression.Lambda<T>(replaced, o).Compile();
    }

    private static UnaryExpression Unbox(ParameterExpression o, Type type) => Expression.Convert(o, type);

    private sealed class Replacer(ParameterExpression[] from, Expression[] to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            var index = Array.IndexOf(from, node);
            return index >= 0 ? to[index] : node;
        }
    }
}
