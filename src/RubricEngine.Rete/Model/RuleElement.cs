namespace RubricEngine.Rete;

/// <summary>
/// One element of a rule's left-hand side. Each element adds one level to a match, so the element at
/// position <c>i</c> of <see cref="RuleDefinition.Elements"/> is the <c>i</c>-th entry of a match.
/// </summary>
/// <remarks>The hierarchy is closed: the compiler handles exactly the kinds declared in this assembly.</remarks>
public abstract class RuleElement
{
    private protected RuleElement()
    {
    }

    /// <summary>Dispatches to the matching method of <paramref name="visitor"/>.</summary>
    /// <param name="visitor">The visitor.</param>
    /// <typeparam name="TResult">The visitor's result type.</typeparam>
    /// <returns>The visitor's result.</returns>
    public abstract TResult Accept<TResult>(RuleElementVisitor<TResult> visitor);
}

/// <summary>The one visitor base over the closed <see cref="RuleElement"/> hierarchy.</summary>
/// <typeparam name="TResult">The result of a visit.</typeparam>
public abstract class RuleElementVisitor<TResult>
{
    /// <summary>Visits a positive pattern.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The visit result.</returns>
    public abstract TResult VisitPattern(PatternElement element);

    /// <summary>Visits a negation.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The visit result.</returns>
    public abstract TResult VisitNot(NotElement element);

    /// <summary>Visits an existential test.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The visit result.</returns>
    public abstract TResult VisitExists(ExistsElement element);

    /// <summary>Visits a universal test.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The visit result.</returns>
    public abstract TResult VisitForAll(ForAllElement element);

    /// <summary>Visits an aggregate.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The visit result.</returns>
    public abstract TResult VisitAggregate(AggregateElement element);
}
