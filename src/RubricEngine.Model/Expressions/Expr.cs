using RubricEngine.Model.Text;
using RubricEngine.Model.Types;

namespace RubricEngine.Model.Expressions;

/// <summary>
/// A bound, typed expression of the rubric model: the condition of a criterion, the formula of a derived
/// value, the score of an indicator. A closed hierarchy, walked with <see cref="ExprVisitor{T}"/>.
/// Evaluation is three-valued: any operand without evidence makes arithmetic unknown, and logic follows Kleene.
/// </summary>
/// <param name="Type">The static type, checked by the binder.</param>
/// <param name="Span">Where the expression was written.</param>
public abstract record Expr(DataType Type, SourceSpan Span) : ModelNode(Span)
{
    /// <summary>Dispatches to the visitor method for this node kind.</summary>
    public abstract T Accept<T>(ExprVisitor<T> visitor);
}
