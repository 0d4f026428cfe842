using System.Linq.Expressions;

namespace RubricEngine.Rete;

/// <summary>
/// Builds a <see cref="RuleDefinition"/> in code. Each Match, Not, Exists, ForAll or Aggregate call adds
/// one element and returns a <see cref="Pattern{T}"/> handle that refines it (Where, Join) and reads its
/// entry in the action (<see cref="RuleContext.Get{T}(Pattern{T})"/>).
/// </summary>
public sealed class RuleBuilder
{
    private readonly List<IPatternSource> elements = [];
    private Action<RuleContext>? action;
    private int salience;

    /// <summary>Starts a rule.</summary>
    /// <param name="name">The rule's unique name.</param>
    public RuleBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>Sets the priority: higher fires first.</summary>
    /// <param name="value">The salience.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Salience(int value)
    {
        salience = value;
        return this;
    }

    /// <summary>Adds a positive pattern over facts of <typeparamref name="T"/>.</summary>
    /// <param name="conditions">Conditions over the fact.</param>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The pattern's handle.</returns>
    public Pattern<T> Match<T>(params Expression<Func<T, bool>>[] conditions) => Add(PatternKind.Match, conditions);

    /// <summary>Adds a negation: the rule holds only while no such fact matches.</summary>
    /// <param name="conditions">Conditions over the fact.</param>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The handle, to add conditions and joins; it has no entry to read.</returns>
    public Pattern<T> Not<T>(params Expression<Func<T, bool>>[] conditions) => Add(PatternKind.Not, conditions);

    /// <summary>Adds an existential test.</summary>
    /// <param name="conditions">Conditions over the fact.</param>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The handle, to add conditions and joins; it has no entry to read.</returns>
    public Pattern<T> Exists<T>(params Expression<Func<T, bool>>[] conditions) => Add(PatternKind.Exists, conditions);

    /// <summary>Adds a universal test: every fact selected by the handle's Where/Join satisfies <paramref name="condition"/>.</summary>
    /// <param name="condition">The condition each selected fact must satisfy.</param>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The handle, whose Where and Join select the facts quantified over.</returns>
    public Pattern<T> ForAll<T>(Expression<Func<T, bool>> condition)
    {
        var pattern = Add<T>(PatternKind.ForAll, []);
        pattern.ForAllCondition = condition ?? throw new ArgumentNullException(nameof(condition));
        return pattern;
    }

    /// <summary>Adds an aggregate over facts of <typeparamref name="TSource"/>.</summary>
    /// <param name="function">The aggregate function.</param>
    /// <param name="source">Refines the source facts (Where, Join to earlier elements).</param>
    /// <typeparam name="TSource">The aggregated fact type.</typeparam>
    /// <typeparam name="TResult">The aggregate value type.</typeparam>
    /// <returns>The handle of the aggregate value; its Where filters on the value.</returns>
    public Pattern<TResult> Aggregate<TSource, TResult>(AggregateFunction<TSource, TResult> function, Action<Pattern<TSource>>? source = null)
        => AddAggregate<TSource, TResult>(function, null, source);

    /// <summary>Adds a grouped aggregate: one match per non-empty group.</summary>
    /// <param name="key">The group of a source fact.</param>
    /// <param name="function">The aggregate function applied per group.</param>
    /// <param name="source">Refines the source facts (Where, Join to earlier elements).</param>
    /// <typeparam name="TSource">The aggregated fact type.</typeparam>
    /// <typeparam name="TKey">The group key type.</typeparam>
    /// <typeparam name="TResult">The aggregate value type.</typeparam>
    /// <returns>The handle of the group; its Where filters groups.</returns>
    public Pattern<Group<TKey, TResult>> GroupBy<TSource, TKey, TResult>(Expression<Func<TSource, TKey>> key,
        AggregateFunction<TSource, TResult> function, Action<Pattern<TSource>>? source = null)
        => AddAggregate<TSource, Group<TKey, TResult>>(function, key ?? throw new ArgumentNullException(nameof(key)), source);

    /// <summary>Sets the action run when the rule fires.</summary>
    /// <param name="ruleAction">The action.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Then(Action<RuleContext> ruleAction)
    {
        action = ruleAction ?? throw new ArgumentNullException(nameof(ruleAction));
        return this;
    }

    /// <summary>Builds the immutable rule.</summary>
    /// <returns>The rule definition.</returns>
    public RuleDefinition Build() => new(Name, elements.Select(e => e.ToElement()), action, salience);

    private Pattern<T> Add<T>(PatternKind kind, Expression<Func<T, bool>>[] conditions)
    {
        var pattern = new Pattern<T>(this, elements.Count, kind);
        foreach (var condition in conditions)
        {
            pattern.Where(condition);
        }

        elements.Add(pattern);
        return pattern;
    }

    private Pattern<TResult> AddAggregate<TSource, TResult>(AggregateFunction function, LambdaExpression? key, Action<Pattern<TSource>>? configure)
    {
        var sourcePattern = new Pattern<TSource>(this, elements.Count, PatternKind.AggregateSource);
        configure?.Invoke(sourcePattern);
        var result = new Pattern<TResult>(this, elements.Count, PatternKind.Aggregate)
        {
            AggregateSource = sourcePattern,
            AggregateFunction = function,
            GroupKey = key,
        };
        elements.Add(result);
        return result;
    }
}
