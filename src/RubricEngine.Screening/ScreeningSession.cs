using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;
using RubricEngine.Model.Values;
using RubricEngine.Rete;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Engine;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening;

/// <summary>
/// A live rule-engine session over one dossier, for what-if questions. Changing an input updates one fact;
/// the engine retracts every fact derived from the old value (truth maintenance) and fires only the rules
/// that depend on it. Single-threaded, like the engine session behind it.
/// </summary>
public sealed class ScreeningSession
{
    private const int Key = 0;
    private readonly RubricRuleSet _rules;
    private readonly RubricIdentity _identity;
    private readonly Session _session;
    private readonly EngineTrace _trace;
    private readonly Dictionary<string, InputFact> _inputs;

    internal ScreeningSession(RubricRuleSet rules, RubricIdentity identity, Dossier dossier)
    {
        _rules = rules;
        _identity = identity;
        _session = rules.OpenSession(tracing: true);
        _trace = new EngineTrace(_session);
        Dossier = dossier;
        var stated = FactDecision.StatedFacts(rules.Plan, dossier, Key);
        _inputs = stated.OfType<InputFact>().ToDictionary(f => f.Name, StringComparer.Ordinal);
        _session.InsertAll(stated);
        Decision = Fire();
    }

    /// <summary>The dossier as it stands after the changes so far.</summary>
    public Dossier Dossier { get; private set; }

    /// <summary>The decision for the dossier as it stands.</summary>
    public Decision Decision { get; private set; }

    /// <summary>Rules fired by the last change (the first screening included).</summary>
    public int LastFirings { get; private set; }

    /// <summary>Replaces the values of one input (no values removes it) and returns the new decision.</summary>
    public Decision Update(string input, params Value[] values)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(values);
        var declaration = _rules.Plan.Rubric.Input(input) ?? throw new ArgumentException($"The rubric has no input '{input}'.", nameof(input));
        var entries = Dossier.Entries.Where(e => e.Input != input).ToList();
        if (values.Length > 0)
        {
            entries.Add(new DossierEntry(input, values.Select(v => new EvidencedValue(v, [], SourceSpan.None)).ToValueArray()));
        }

        var old = _inputs[input];
        Dossier = Dossier with { Entries = entries.OrderBy(e => e.Input, StringComparer.Ordinal).ToValueArray() };
        var changed = new InputFact(Key, input, InputResolver.Resolve(declaration, Dossier));
        if (changed.Input != old.Input)
        {
            _session.Update(old, changed);
            _inputs[input] = changed;
        }

        Decision = Fire();
        return Decision;
    }

    /// <summary>The facts the rules have derived so far (values, verdicts, scores, tiers, outcome), as text.</summary>
    public IReadOnlyList<string> DerivedFacts =>
        [.. FactDecision.Of(_session, Key).Where(f => f is not InputFact).Select(f => f.ToString())];

    private Decision Fire()
    {
        LastFirings = _session.Fire(1_000_000);
        return FactDecision.Build(_rules.Plan, _identity, Dossier, FactDecision.Of(_session, Key), _trace.For(Key));
    }
}
