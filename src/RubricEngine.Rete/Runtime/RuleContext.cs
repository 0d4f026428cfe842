namespace RubricEngine.Rete;

/// <summary>
/// What a rule's action sees: the match being fired and the session operations it may perform.
/// One instance per session is reused for every firing; do not keep it after the action returns.
/// </summary>
public sealed class RuleContext : IMatch
{
    private readonly Session session;
    private TerminalNode? terminal;
    private Token? token;

    internal RuleContext(Session session) => this.session = session;

    /// <inheritdoc/>
    public RuleDefinition Rule => Terminal.Rule;

    /// <inheritdoc/>
    public IReadOnlyList<object?> Entries => MatchView.EntriesOf(Current, Rule.Elements.Count);

    /// <summary>The session running the action.</summary>
    public Session Session => session;

    private TerminalNode Terminal => terminal ?? throw new InvalidOperationException("No rule is firing.");

    private Token Current => token ?? throw new InvalidOperationException("No rule is firing.");

    /// <inheritdoc/>
    public T Get<T>(Pattern<T> pattern) => MatchView.GetEntry(Rule, Current, pattern);

    /// <summary>Inserts a fact that stays until retracted explicitly.</summary>
    /// <param name="fact">The fact.</param>
    public void Insert(object fact) => session.InsertFromRule(fact, null, throwIfPresent: true);

    /// <summary>Inserts a fact unless an equal one is present.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was inserted.</returns>
    public bool TryInsert(object fact) => session.InsertFromRule(fact, null, throwIfPresent: false);

    /// <summary>
    /// Inserts a fact justified by this match: it is retracted automatically once no match that
    /// inserted it holds any more. Inserting an equal fact from several matches adds justifications.
    /// </summary>
    /// <param name="fact">The derived fact.</param>
    public void InsertLogical(object fact) => session.InsertFromRule(fact, Current, throwIfPresent: false);

    /// <summary>Replaces the held fact equal to <paramref name="fact"/> with <paramref name="fact"/>.</summary>
    /// <param name="fact">The new version.</param>
    public void Update(object fact) => session.UpdateCore(fact, fact);

    /// <summary>Replaces <paramref name="oldFact"/> with <paramref name="newFact"/>, keeping its identity in the session.</summary>
    /// <param name="oldFact">The held fact.</param>
    /// <param name="newFact">The new version.</param>
    public void Update(object oldFact, object newFact) => session.UpdateCore(oldFact, newFact);

    /// <summary>Retracts a fact.</summary>
    /// <param name="fact">The fact.</param>
    public void Retract(object fact) => session.RetractCore(fact, throwIfAbsent: true);

    /// <summary>Retracts a fact if present.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was present.</returns>
    public bool TryRetract(object fact) => session.RetractCore(fact, throwIfAbsent: false);

    internal void Enter(TerminalNode firing, Token match)
    {
        terminal = firing;
        token = match;
    }

    internal void Leave()
    {
        terminal = null;
        token = null;
    }
}
