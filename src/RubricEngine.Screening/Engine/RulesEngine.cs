using RubricEngine.Model.Dossiers;
using RubricEngine.Rete;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Engine;

/// <summary>
/// One worker's rule engine: a single session reused for every dossier the worker screens. A dossier's
/// facts go in, the rules fire, the decision is read out, and retracting the stated facts takes every
/// derived fact with them (truth maintenance), so the session is empty again.
/// </summary>
internal sealed class RulesEngine : IDecisionEngine
{
    private const int FiringBound = 1_000_000;
    private readonly RubricRuleSet _rules;
    private readonly RubricIdentity _identity;
    private readonly Session _session;
    private readonly EngineTrace _trace;
    private readonly Dictionary<(int Dossier, int Slot), ScopedFact> _produced;

    // Reused for every dossier this worker screens: the facts read out, and the evaluation the decision is built from.
    private readonly List<ScopedFact> _facts = [];
    private DossierEvaluation? _decision;

    public RulesEngine(RubricRuleSet rules, RubricIdentity identity, bool tracing)
    {
        _rules = rules;
        _identity = identity;
        _session = rules.OpenSession(tracing, collect: true);
        _produced = SessionState.Of(_session).Produced!;
        _trace = new EngineTrace(_session);
    }

    public Decision Screen(Dossier dossier, ICohortValues? cohort, int position)
    {
        var stated = FactDecision.StatedFacts(_rules.Plan, dossier, 0);
        _session.InsertAll(stated);
        try
        {
            _session.Fire(FiringBound);
            _decision ??= new DossierEvaluation(_rules.Plan, dossier, null, 0, recordTrace: false) { SeededOnly = true };
            return FactDecision.Build(_rules.Plan, _identity, dossier, Facts(stated), _trace.For(0), _decision);
        }
        finally
        {
            _session.RetractAll(stated);
            _trace.Clear();
            _produced.Clear();
        }
    }

    /// <summary>Screens a whole cohort in this session, in one pass, so the cohort aggregates see every dossier.</summary>
    public IReadOnlyList<Decision> ScreenCohort(IReadOnlyList<Dossier> dossiers)
    {
        var stated = dossiers.SelectMany((d, key) => FactDecision.StatedFacts(_rules.Plan, d, key)).ToList();
        _session.InsertAll(stated);
        try
        {
            _session.Fire(FiringBound);
            var byDossier = stated.OfType<ScopedFact>().Concat(_produced.Values).ToLookup(f => f.Dossier);
            return [.. dossiers.Select((d, key) => FactDecision.Build(_rules.Plan, _identity, d, byDossier[key], _trace.For(key)))];
        }
        finally
        {
            _session.RetractAll(stated);
            _trace.Clear();
            _produced.Clear();
        }
    }

    /// <summary>The only dossier's facts: its stated inputs and what the rules derived from them.</summary>
    private List<ScopedFact> Facts(List<object> stated)
    {
        _facts.Clear();
        foreach (var fact in stated)
        {
            if (fact is ScopedFact scoped)
            {
                _facts.Add(scoped);
            }
        }

        _facts.AddRange(_produced.Values);
        return _facts;
    }
}
