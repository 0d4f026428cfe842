using NRules;
using RubricEngine.Model.Dossiers;
using RubricEngine.NRules.WhatIf;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Graph;

namespace RubricEngine.NRules.Engine;

/// <summary>
/// Plugs the NRules engine into the Screening library's engine seam: the rubric's graph is compiled into
/// rule definitions and one NRules session factory per screener; each batch worker gets its own engine.
/// </summary>
internal sealed class NRulesEngineFactory : IDecisionEngineFactory
{
    public static readonly NRulesEngineFactory Instance = new();

    public ScreeningEngine Kind => ScreeningEngine.NRules;

    public IDecisionEngineSource Prepare(DeclarationGraph graph, RubricIdentity identity, bool recordTrace) =>
        new Source(new RubricRules(graph, identity), recordTrace);

    private sealed class Source : IDecisionEngineSource
    {
        private readonly RubricRules _rules;
        private readonly bool _recordTrace;
        private readonly Lazy<ISessionFactory> _factory;

        public Source(RubricRules rules, bool recordTrace)
        {
            _rules = rules;
            _recordTrace = recordTrace;
            _factory = new Lazy<ISessionFactory>(rules.CompileSessionFactory, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public IDecisionEngine CreateEngine() => new NRulesEngine(_rules, _factory.Value, _recordTrace);

        public IWhatIfEngine OpenWhatIf(Dossier dossier) => new NRulesWhatIf(_rules, _factory.Value, dossier, _recordTrace);
    }
}
