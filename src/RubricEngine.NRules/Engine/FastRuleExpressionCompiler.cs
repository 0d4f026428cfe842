using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace RubricEngine.NRules.Engine;

/// <summary>
/// Compiles the rules' expression trees (conditions, bindings, actions) with FastExpressionCompiler instead of
/// <see cref="LambdaExpression.Compile()"/>, the extension point NRules offers for this: the framework's compiler
/// took more than half of compiling a large rubric into a session factory. A shape FastExpressionCompiler does
/// not support falls back to the framework's compiler, so every rule still compiles.
/// </summary>
internal sealed class FastRuleExpressionCompiler : IExpressionCompiler
{
    public static readonly FastRuleExpressionCompiler Instance = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast<TDelegate>(ifFastFailedReturnNull: true) ?? expression.Compile();
}
