using System.Linq.Expressions;
using System.Reflection;

namespace RubricEngine.Rete;

/// <summary>Static analysis of condition lambdas: conjuncts, equality tests, constant folding.</summary>
internal static class ConditionAnalysis
{
    /// <summary>Splits <c>a &amp;&amp; b &amp;&amp; c</c> into its conjuncts, left to right.</summary>
    public static List<Expression> Conjuncts(Expression body)
    {
        var result = new List<Expression>();
        Split(body, result);
        return result;

        static void Split(Expression e, List<Expression> into)
        {
            if (e is BinaryExpression { NodeType: ExpressionType.AndAlso, Method: null } and)
            {
                Split(and.Left, into);
                Split(and.Right, into);
            }
            else
            {
                into.Add(e);
            }
        }
    }

    /// <summary>Whether <paramref name="e"/> mentions any of <paramref name="parameters"/>.</summary>
    public static bool Mentions(Expression e, params ParameterExpression[] parameters)
    {
        var finder = new ParameterFinder(parameters);
        finder.Visit(e);
        return finder.Found;
    }

    /// <summary>
    /// A conjunct <c>left == right</c> whose equality agrees with <see cref="object.Equals(object)"/> and
    /// <see cref="object.GetHashCode"/>, so it can be answered by a hash table.
    /// </summary>
    public static bool IsHashableEquality(Expression e, out Expression left, out Expression right)
    {
        left = right = e;
        if (e is not BinaryExpression { NodeType: ExpressionType.Equal } eq || eq.Left.Type != eq.Right.Type)
        {
            return false;
        }

        var type = Nullable.GetUnderlyingType(eq.Left.Type) ?? eq.Left.Type;
        var hashable = eq.Method is null
            ? type.IsPrimitive || type.IsEnum
            : type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(Guid)
              || typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type);
        if (!hashable || type == typeof(float) || type == typeof(double))
        {
            // NaN == NaN is false but NaN.Equals(NaN) is true: leave floating point to plain evaluation.
            return false;
        }

        left = eq.Left;
        right = eq.Right;
        return true;
    }

    /// <summary>Evaluates a parameter-free expression made of constants, captured variables and conversions.</summary>
    public static bool TryEvaluate(Expression e, out object? value)
    {
        switch (e)
        {
            case ConstantExpression c:
                value = c.Value;
                return true;
            case MemberExpression m when m.Member is FieldInfo field:
                if (m.Expression is null)
                {
                    value = field.GetValue(null);
                    return true;
                }

                if (TryEvaluate(m.Expression, out var owner) && owner is not null)
                {
                    value = field.GetValue(owner);
                    return true;
                }

                break;
            case MemberExpression m when m.Member is PropertyInfo property && m.Expression is not null
                                        && m.Expression is not ParameterExpression && IsClosure(m.Expression):
                if (TryEvaluate(m.Expression, out var target) && target is not null)
                {
                    value = property.GetValue(target);
                    return true;
                }

                break;
            case UnaryExpression { NodeType: ExpressionType.Convert, Method: null } u when TryEvaluate(u.Operand, out var inner):
                return TryConvert(inner, u.Type, out value);
        }

        value = null;
        return false;
    }

    private static bool IsClosure(Expression e) => e is ConstantExpression or MemberExpression { Member: FieldInfo };

    private static bool TryConvert(object? inner, Type type, out object? value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        value = null;
        if (inner is null)
        {
            return !type.IsValueType || target != type;
        }

        if (target.IsInstanceOfType(inner))
        {
            value = inner;
            return true;
        }

        if (target.IsEnum && inner.GetType().IsPrimitive)
        {
            value = Enum.ToObject(target, inner);
            return true;
        }

        if (target.IsPrimitive && (inner.GetType().IsPrimitive || inner is Enum))
        {
            value = Convert.ChangeType(inner, target, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }

    private sealed class ParameterFinder(ParameterExpression[] parameters) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= Array.IndexOf(parameters, node) >= 0;
            return node;
        }
    }
}
