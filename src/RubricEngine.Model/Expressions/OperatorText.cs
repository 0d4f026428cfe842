namespace RubricEngine.Model.Expressions;

/// <summary>How operators are written: in the DSL, in messages, and in decision traces alike.</summary>
public static class OperatorText
{
    /// <summary>The written form of a binary operator, such as <c>&lt;=</c> or <c>and</c>.</summary>
    public static string Symbol(this BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.And => "and",
        _ => "or",
    };
}
