using NRules.Diagnostics;
using RubricEngine.NRules.Facts;
using RubricEngine.NRules.Rules;
using RubricEngine.NRules.Tests.Support;

namespace RubricEngine.NRules.Tests;

/// <summary>What NRules itself reports: which rules fired, and, through its events, why a rule did not.</summary>
public class RuleFiringTests
{
    [Fact]
    public void Fire_CriterionNotMet_ItsRuleDoesNotFireAndItsComplementDoes()
    {
        var (fired, _, decision) = Run(Demo.Dossier(("lifecycle_emissions", 150m, "gCO2e/kWh"), ("capacity", 20m, "MW")));

        Assert.DoesNotContain("criterion:low_emissions", fired);
        Assert.Contains("criterion:low_emissions" + NodeRuleBuilder.OtherwiseSuffix, fired);
        Assert.Contains("criterion:large", fired);
        Assert.Equal("decline", decision.Outcome);
    }

    [Fact]
    public void Fire_CriterionNotMet_EventsShowTheFailedConditionWithItsOperands()
    {
        var (_, evaluated, decision) = Run(Demo.Dossier(("lifecycle_emissions", 150m, "gCO2e/kWh"), ("capacity", 20m, "MW")));

        // The LHS condition of the criterion's rule evaluated to false on the fact its binding produced ...
        var failed = Assert.Single(evaluated, e =>
            e.Rules.Any(r => r.Name == "criterion:low_emissions") && e.Result is false
            && e.Expression.ToString().Contains(nameof(DeclarationFact.Holds), StringComparison.Ordinal));
        var result = Assert.IsType<DeclarationFact>(Assert.Single(failed.Arguments));
        Assert.False(result.Holds);

        // ... and that fact carries the condition it tested with its operands, which the decision's trace shows.
        var condition = Assert.Single(result.Result.Conditions);
        Assert.Equal("not_met", condition.Result);
        Assert.Contains("100 gCO2e/kWh", condition.Condition, StringComparison.Ordinal);
        Assert.Contains("150 gCO2e/kWh", condition.Values, StringComparison.Ordinal);
        var step = Assert.Single(decision.Trace, s => s.Rule == "criterion:low_emissions");
        Assert.Equal("not_met", step.Result);
        Assert.Equal(condition, Assert.Single(step.Conditions));
    }

    [Fact]
    public void Fire_EveryRule_PriorityFollowsDependencyDepth()
    {
        var rules = RubricRules.Compile(Demo.Rubric);
        var nodes = rules.Graph.Nodes;

        Assert.All(rules.Rules, r => Assert.Equal(-nodes[(int)r.Properties["node"]].Depth, r.Priority));
        Assert.Equal(nodes.Count(n => n.Traced) + rules.Graph.Criteria.Count + rules.Graph.Tiers.Count, rules.Rules.Count);
    }

    private static (List<string> Fired, List<LhsExpressionEventArgs> Evaluated, Screening.Decisions.Decision Decision) Run(Model.Dossiers.Dossier dossier)
    {
        var rules = RubricRules.Compile(Demo.Rubric);
        var session = rules.CompileSessionFactory().CreateSession();
        var fired = new List<string>();
        var evaluated = new List<LhsExpressionEventArgs>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
        session.Events.LhsExpressionEvaluatedEvent += (_, e) => evaluated.Add(e);

        var fact = rules.Insert(session, dossier);
        session.Fire();
        return (fired, evaluated, rules.Decide(session, fact));
    }
}
