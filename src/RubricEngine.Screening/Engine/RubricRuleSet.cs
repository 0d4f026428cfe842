using RubricEngine.Model.Expressions;
using RubricEngine.Rete;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Engine;

/// <summary>
/// A rubric compiled into engine rules, once per rubric; thread-safe. Each declaration is one rule that
/// joins the dossier with exactly the facts its expression reads (hash joins on the dossier key) and
/// inserts its result logically, so changing an input retracts everything derived from it. Salience follows
/// dependency depth, so each rule fires once, after its inputs are final.
/// </summary>
internal sealed partial class RubricRuleSet
{
    private const int TopSalience = 10_000;
    private readonly List<RuleSpec> _specs = [];
    private int _producedSlots;

    public RubricRuleSet(RubricPlan plan)
    {
        Plan = plan;
        AddCohortRules();
        foreach (var derived in plan.Rubric.Derived)
        {
            AddRule($"derived:{derived.Name}", Key(SymbolKind.Derived, derived.Name), Dependency.Of(derived.Expression, plan), DeriveAction(plan.Derived[derived.Name]));
        }

        foreach (var criterion in plan.Rubric.Criteria)
        {
            AddRule(DossierEvaluation.RuleName(criterion), Key(SymbolKind.Criterion, criterion.Name), Dependency.Of(criterion.Condition, plan), VerdictAction(plan.Criteria[criterion.Name]));
        }

        foreach (var indicator in plan.IndicatorList)
        {
            AddRule($"indicator:{indicator.Name}", Key(SymbolKind.Indicator, indicator.Name), Dependency.Of(indicator.Score, plan), IndicatorAction(plan.Indicators[indicator.Name]));
        }

        foreach (var group in plan.Rubric.Groups)
        {
            var dependencies = group.Indicators.Select(i => new Dependency(SymbolKind.Indicator, i.Name)).ToList();
            AddRule($"group:{group.Name}", Key(SymbolKind.Group, group.Name), dependencies, GroupAction(plan.Groups[group.Name]));
        }

        if (plan.Rubric.Score is { } score)
        {
            var dependencies = plan.Rubric.Groups.Select(g => new Dependency(SymbolKind.Group, g.Name)).ToList();
            AddRule($"score:{score.Name}", Key(SymbolKind.Score, score.Name), dependencies, ScoreAction(score.Name));
        }

        AddClassificationRules();
        Factory = RuleCompiler.Compile(Build(_specs));
    }

    public RubricPlan Plan { get; }

    public SessionFactory Factory { get; }

    /// <summary>Opens a session whose rule actions know whether to trace, and whether to collect what they derive (batches).</summary>
    public Session OpenSession(bool tracing, bool collect = false)
    {
        var session = Factory.CreateSession();
        SessionState.Attach(session, new SessionState { Tracing = tracing, Produced = collect ? [] : null });
        return session;
    }

    private static string Key(SymbolKind kind, string name) => $"{kind}:{name}";

    private void AddCohortRules()
    {
        for (var n = 0; n < Plan.CohortNodes.Count; n++)
        {
            AddRule($"subject:{n}", $"subject:{n}", Dependency.Of(Plan.CohortNodes[n].Subject, Plan), SubjectAction(n));
            _specs.Add(new RuleSpec($"cohort:{n}", $"cohort:{n}", [new Dependency(SymbolKind.Score, $"subject:{n}", -2)], null));
        }
    }
}
