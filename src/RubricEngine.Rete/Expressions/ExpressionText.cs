using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;

namespace RubricEngine.Rete;

/// <summary>
/// Writes an expression as readable text (for graphs and events) or as a sharing key. Captured
/// variables are inlined as their values, so two rules that capture different codes get different keys.
/// In key mode parameters are numbered, so <c>x =&gt; x.A == 1</c> and <c>y =&gt; y.A == 1</c> share a node.
/// </summary>
internal sealed class ExpressionText
{
    private static readonly ConditionalWeakTable<object, object> ObjectIds = [];
    private static int nextObjectId;

    private readonly StringBuilder text = new();
    private readonly bool keyMode;
    private readonly IReadOnlyList<ParameterExpression> parameters;

    private ExpressionText(bool keyMode, IReadOnlyList<ParameterExpression> parameters)
    {
        this.keyMode = keyMode;
        this.parameters = parameters;
    }

    public static string Display(LambdaExpression lambda) => Display(lambda.Body, lambda.Parameters);

    public static string Display(Expression body, IReadOnlyList<ParameterExpression> parameters)
    {
        var writer = new ExpressionText(false, parameters);
        writer.Write(body);
        return writer.text.ToString();
    }

    public static string Key(Expression body, IReadOnlyList<ParameterExpression> parameters)
    {
        var writer = new ExpressionText(true, parameters);
        foreach (var p in parameters)
        {
            writer.text.Append(p.Type.FullName).Append(';');
        }

        writer.Write(body);
        return writer.text.ToString();
    }

    private void Write(Expression e)
    {
        if (e is not ParameterExpression && e is not ConstantExpression && ConditionAnalysis.TryEvaluate(e, out var value))
        {
            WriteConstant(value, e.Type);
            return;
        }

        switch (e)
        {
            case BinaryExpression b when b.NodeType == ExpressionType.ArrayIndex:
                Write(b.Left);
                text.Append('[');
                Write(b.Right);
                text.Append(']');
                break;
            case BinaryExpression b:
                text.Append('(');
                Write(b.Left);
                text.Append(' ').Append(Operator(b.NodeType)).Append(' ');
                Write(b.Right);
                text.Append(')');
                break;
            case UnaryExpression u when u.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked:
                if (keyMode)
                {
                    text.Append("((").Append(u.Type.FullName).Append(')');
                    Write(u.Operand);
                    text.Append(')');
                }
                else
                {
                    Write(u.Operand);
                }

                break;
            case UnaryExpression u:
                text.Append(Operator(u.NodeType)).Append('(');
                Write(u.Operand);
                text.Append(')');
                break;
            case ParameterExpression p:
                var index = IndexOf(p);
                text.Append(keyMode || p.Name is null ? "p" + index.ToString(CultureInfo.InvariantCulture) : p.Name);
                break;
            case ConstantExpression c:
                WriteConstant(c.Value, c.Type);
                break;
            case MemberExpression m:
                if (m.Expression is null)
                {
                    text.Append(m.Member.DeclaringType?.Name);
                }
                else
                {
                    Write(m.Expression);
                }

                text.Append('.').Append(m.Member.Name);
                break;
            case MethodCallExpression call:
                if (call.Object is not null)
                {
                    Write(call.Object);
                }
                else
                {
                    text.Append(keyMode ? call.Method.DeclaringType?.FullName : call.Method.DeclaringType?.Name);
                }

                text.Append('.').Append(call.Method.Name).Append('(');
                WriteList(call.Arguments);
                text.Append(')');
                break;
            case ConditionalExpression c:
                text.Append('(');
                Write(c.Test);
                text.Append(" ? ");
                Write(c.IfTrue);
                text.Append(" : ");
                Write(c.IfFalse);
                text.Append(')');
                break;
            case TypeBinaryExpression t:
                Write(t.Expression);
                text.Append(" is ").Append(keyMode ? t.TypeOperand.FullName : t.TypeOperand.Name);
                break;
            case LambdaExpression l:
                text.Append('(').Append(string.Join(", ", l.Parameters.Select(p => p.Name))).Append(") => ");
                Write(l.Body);
                break;
            case NewExpression n:
                text.Append("new ").Append(n.Type.Name).Append('(');
                WriteList(n.Arguments);
                text.Append(')');
                break;
            default:
                WriteOpaque(e);
                break;
        }
    }

    private void WriteList(System.Collections.ObjectModel.ReadOnlyCollection<Expression> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Write(items[i]);
        }
    }

    private int IndexOf(ParameterExpression p)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i] == p)
            {
                return i;
            }
        }

        return parameters.Count + (p.Name?.GetHashCode(StringComparison.Ordinal) & 0xffff ?? 0);
    }

    private void WriteOpaque(Expression e)
    {
        // Unknown shapes never share a node: an identity tag makes the key unique.
        text.Append(keyMode ? "#opaque" + IdOf(e) : e.ToString());
    }

    private void WriteConstant(object? value, Type type)
    {
        var shown = value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            bool b => b ? "true" : "false",
            Enum en => en.GetType().Name + "." + en,
            IFormattable f when type.IsPrimitive || value is decimal or DateTime or DateTimeOffset or Guid
                => f.ToString(null, CultureInfo.InvariantCulture),
            _ => null,
        };
        if (shown is null)
        {
            text.Append(keyMode ? "#obj" + IdOf(value!) : value!.ToString());
            return;
        }

        if (keyMode)
        {
            text.Append('{').Append(value?.GetType().FullName).Append(':');
        }

        text.Append(shown);
        if (keyMode)
        {
            text.Append('}');
        }
    }

    private static string IdOf(object value)
    {
        lock (ObjectIds)
        {
            return ((int)ObjectIds.GetValue(value, _ => ++nextObjectId)).ToString(CultureInfo.InvariantCulture);
        }
    }

    private static string Operator(ExpressionType type) => type switch
    {
        ExpressionType.Equal => "==",
        ExpressionType.NotEqual => "!=",
        ExpressionType.LessThan => "<",
        ExpressionType.LessThanOrEqual => "<=",
        ExpressionType.GreaterThan => ">",
        ExpressionType.GreaterThanOrEqual => ">=",
        ExpressionType.AndAlso => "&&",
        ExpressionType.OrElse => "||",
        ExpressionType.And => "&",
        ExpressionType.Or => "|",
        ExpressionType.ExclusiveOr => "^",
        ExpressionType.Add or ExpressionType.AddChecked => "+",
        ExpressionType.Subtract or ExpressionType.SubtractChecked => "-",
        ExpressionType.Multiply or ExpressionType.MultiplyChecked => "*",
        ExpressionType.Divide => "/",
        ExpressionType.Modulo => "%",
        ExpressionType.Coalesce => "??",
        ExpressionType.Not => "!",
        ExpressionType.Negate or ExpressionType.NegateChecked => "-",
        _ => type.ToString(),
    };
}
