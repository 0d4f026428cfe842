using NRules;
using RubricEngine.Model.Dossiers;
using RubricEngine.NRules.Facts;
using RubricEngine.NRules.Rules;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Graph;

namespace RubricEngine.NRules.WhatIf;

/// <summary>
/// A live NRules session over one dossier. Changing an input is an <c>Update</c> of that input's stated
/// fact: NRules retracts the declaration facts derived from the old evidence (they are linked facts of the
/// activations that matched it), re-fires only the rules that read them, and keeps every other fact.
/// </summary>
internal sealed class NRulesWhatIf : IWhatIfEngine
{
    private readonly RubricRules _rules;
    private readonly ISession _session;
    private readonly DossierFact _fact;
    private readonly bool _recordTrace;
    private int _tracedFirings;

    public NRulesWhatIf(RubricRules rules, ISessionFactory factory, Dossier dossier, bool recordTrace)
    {
        _rules = rules;
        _recordTrace = recordTrace;
        _session = factory.CreateSession();
        _session.Events.RuleFiredEvent += (_, e) =>
        {
            if (e.Rule.Properties["node"] is int id && rules.Graph.Nodes[id].Traced)
            {
                _tracedFirings++;
            }
        };
        var cohort = rules.Graph.IsCohort ? new CohortFact(CohortFigures.Compute(rules.Graph, [dossier])) : null;
        _fact = rules.CreateFacts(dossier, cohort, new NodeScope(rules.Graph, recordTrace), out var inputs);
        RubricRules.InsertFacts(_session, _fact, inputs);
        Dossier = dossier;
        Decision = Fire();
    }

    /// <summary>The NRules session, for tests and tools that watch its events or facts.</summary>
    public ISession Session => _session;

    public Dossier Dossier { get; private set; }

    public Decision Decision { get; private set; }

    /// <summary>Rules of traced declarations (not inputs) fired by the last change, the first screening included.</summary>
    public int LastFirings { get; private set; }

    /// <summary>The declaration facts in the session, in node order.</summary>
    public IReadOnlyList<DeclarationFact> Facts =>
        [.. _session.Query<DeclarationFact>().Where(f => ReferenceEquals(f.Dossier, _fact)).OrderBy(f => f.Node.Id)];

    /// <inheritdoc />
    public IReadOnlyList<string> DerivedFacts => [.. Facts.Where(f => f.Node.Traced).Select(f => f.ToString())];

    /// <summary>Restates one input from <paramref name="changed"/> (the dossier after the change) and re-fires.</summary>
    public Decision Update(InputNode input, Dossier changed)
    {
        Dossier = changed;
        _session.Update(RuleCalls.State(_fact, input, changed)); // same identity (dossier, input): replaces the old input fact
        if (_fact.Cohort is { Figures: not null } cohort)
        {
            // A what-if cohort is the dossier alone; its figures follow the change.
            cohort.Figures = CohortFigures.Compute(_rules.Graph, [changed]);
            _session.Update(cohort);
        }

        Decision = Fire();
        return Decision;
    }

    private Decision Fire()
    {
        _tracedFirings = 0;
        _session.Fire(4 * _rules.Rules.Count + 16);
        LastFirings = _tracedFirings;
        return _rules.Assemble(_session.Query<DeclarationFact>(), _fact, Dossier, _recordTrace);
    }
}
