using NRules;
using NRules.RuleModel;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.NRules.Engine;
using RubricEngine.NRules.Facts;
using RubricEngine.NRules.Rules;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Graph;

namespace RubricEngine.NRules;

/// <summary>
/// A rubric compiled into an NRules rule set: one rule per declaration (two for a criterion, gate or tier:
/// one fires when its condition holds, one otherwise). It is an <see cref="IRuleRepository"/>, so an
/// application can compile it into its own session factory beside its own rules; <see cref="Insert"/> puts a
/// dossier's facts into a session and <see cref="Decide"/> reads the decision back after <c>Fire</c>.
/// Immutable and thread-safe; sessions are not.
/// </summary>
public sealed class RubricRules : IRuleRepository
{
    private readonly RuleSet _ruleSet;

    internal RubricRules(DeclarationGraph graph, RubricIdentity identity)
    {
        Graph = graph;
        Identity = identity;
        var rubric = graph.Rubric;
        var builder = new NodeRuleBuilder(this);
        Rules = [.. Graph.Nodes.SelectMany(builder.Build)];
        _ruleSet = new RuleSet($"rubric:{rubric.Metadata.Id}");
        _ruleSet.Add(Rules);
    }

    /// <summary>The rubric compiled.</summary>
    public Rubric Rubric => Graph.Rubric;

    /// <summary>The rubric's id, version and content hash, as its decisions carry them.</summary>
    public RubricIdentity Identity { get; }

    /// <summary>The rule definitions, in the graph's dependency order.</summary>
    public IReadOnlyList<IRuleDefinition> Rules { get; }

    internal DeclarationGraph Graph { get; }

    /// <summary>Compiles a validated rubric into NRules rule definitions.</summary>
    public static RubricRules Compile(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var identity = new RubricIdentity(rubric.Metadata.Id, rubric.Metadata.Version, ContentHash.Of(RubricCanonicalText.Of(rubric)));
        return new RubricRules(DeclarationGraph.Build(rubric), identity);
    }

    /// <inheritdoc />
    public IEnumerable<IRuleSet> GetRuleSets() => [_ruleSet];

    /// <summary>Compiles these rules alone into an NRules session factory (expressions by FastExpressionCompiler).</summary>
    public ISessionFactory CompileSessionFactory() => new RuleCompiler { ExpressionCompiler = FastRuleExpressionCompiler.Instance }.Compile(Rules);

    /// <summary>
    /// Inserts a dossier into a session: the dossier fact, one stated fact per input (the rubric's input
    /// resolution of its evidence) and the cohort fact, if not there yet. Then call <c>Fire</c> and <see cref="Decide"/>.
    /// </summary>
    public DossierFact Insert(ISession session, Dossier dossier, CohortFact? cohort = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(dossier);
        var fact = CreateFacts(dossier, cohort, new NodeScope(Graph), out var inputs);
        InsertFacts(session, fact, inputs);
        return fact;
    }

    /// <summary>Computes the figures of a cohort from its dossiers once, as a fact for <see cref="Insert"/>.</summary>
    public CohortFact Cohort(IReadOnlyList<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        return new CohortFact(CohortFigures.Compute(Graph, dossiers));
    }

    /// <summary>The decision on an inserted dossier, assembled from its declaration facts in the session.</summary>
    public Decision Decide(ISession session, DossierFact dossier)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(dossier);
        return Assemble(session.Query<DeclarationFact>(), dossier, dossier.Dossier);
    }

    internal DossierFact CreateFacts(Dossier dossier, CohortFact? cohort, NodeScope scope, out DeclarationFact[] inputs)
    {
        var fact = new DossierFact(this, dossier, cohort ?? new CohortFact(null), scope);
        var nodes = Graph.Inputs;
        inputs = new DeclarationFact[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            inputs[i] = RuleCalls.State(fact, nodes[i], dossier);
        }

        return fact;
    }

    internal static void InsertFacts(ISession session, DossierFact fact, DeclarationFact[] inputs)
    {
        session.TryInsert(fact.Cohort!);
        session.Insert(fact);
        session.InsertAll(inputs);
    }

    /// <summary>The decision from the results the rules yielded for a dossier (<see cref="DossierFact.Results"/>).</summary>
    internal Decision Assemble(DossierFact fact, Dossier current, bool withTrace)
    {
        if (Array.IndexOf(fact.Results, null) is var missing and >= 0)
        {
            throw new InvalidOperationException($"No rule yielded a result for '{Graph.Nodes[missing].RuleName}': has the session fired?");
        }

        return DecisionAssembler.Assemble(Graph, Identity, current, fact.Results, withTrace, fact.Cohort?.Figures);
    }

    internal Decision Assemble(IEnumerable<DeclarationFact> facts, DossierFact owner, Dossier current, bool withTrace = true)
    {
        var results = new NodeResult?[Graph.Nodes.Count];
        foreach (var fact in facts)
        {
            if (ReferenceEquals(fact.Dossier, owner))
            {
                results[fact.Node.Id] = fact.Result;
            }
        }

        if (Array.IndexOf(results, null) is var missing and >= 0)
        {
            throw new InvalidOperationException($"No rule yielded a result for '{Graph.Nodes[missing].RuleName}': has the session fired?");
        }

        return DecisionAssembler.Assemble(Graph, Identity, current, results, withTrace, owner.Cohort?.Figures);
    }
}
