using RubricEngine.Language;
using RubricEngine.Model.Logic;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Graph;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests.Graph;

/// <summary>The declaration graph: one node per declaration, in topological order, results as data.</summary>
public class DeclarationGraphTests
{
    [Fact]
    public void Evaluate_CriterionNotMet_ResultCarriesTheConditionItTestedWithItsOperands()
    {
        var graph = DeclarationGraph.Build(TestRubrics.Emissions());
        var scope = new NodeScope(graph);
        scope.Reset(Dossier(TestRubrics.EmissionsJson("P1", "\"130 gCO2e/kWh\"")), null);
        var criterion = graph.Find("criterion:low_emissions")!;

        foreach (var node in graph.Nodes)
        {
            scope.Evaluate(node);
        }

        var result = scope.Result(criterion);
        Assert.Equal(Truth.NotMet, result.Truth);
        var condition = Assert.Single(result.Conditions);
        Assert.Equal(("lifecycle_emissions <= 100 gCO2e/kWh", "not_met", "lifecycle_emissions = 130 gCO2e/kWh"),
            (condition.Condition, condition.Result, condition.Values));
        Assert.Equal([graph.Find("input:lifecycle_emissions")!], criterion.Reads);
    }

    [Fact]
    public void Build_Nodes_ComeAfterEveryNodeTheyReadAndTheTraceFollowsNodeOrder()
    {
        var rubric = TestRubrics.Emissions();
        var graph = DeclarationGraph.Build(rubric);

        Assert.All(graph.Nodes, node =>
        {
            Assert.Equal(node, graph.Nodes[node.Id]);
            Assert.All(node.Reads, read => Assert.True(read.Id < node.Id, $"{node.RuleName} reads {read.RuleName} placed after it"));
            Assert.Equal(node.Kind == NodeKind.Input ? 0 : 1 + node.Reads.Select(r => r.Depth).DefaultIfEmpty(0).Max(), node.Depth);
        });
        Assert.Equal(rubric.Inputs.Count + rubric.Derived.Count + rubric.Criteria.Count + rubric.Indicators.Count()
            + rubric.Groups.Count + 1 + rubric.Classification.Tiers.Count + 1, graph.Nodes.Count);
        var decision = Screen.One(rubric, TestRubrics.EmissionsJson("P1"));
        Assert.Equal(graph.Nodes.Where(n => n.Kind != NodeKind.Input).Select(n => n.RuleName), decision.Trace.Select(s => s.Rule));
        Assert.Equal("classification", graph.Nodes[^1].RuleName);
    }

    [Fact]
    public void Screen_TwoTiersWithTheSameOutcome_ScreensAndNamesTheRulesApart()
    {
        var loaded = RubricLoader.LoadText("arithmetic.rubric", ArithmeticTests.Text);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.Contains(loaded.Diagnostics, d => d.Code == "RUB0214"); // a warning only: check passes
        var screener = Screener.Create(loaded.Value!);
        var read = screener.CreateReader().ReadText("""{"id": "t1", "rating": 1, "divisor": 1, "panel": [{"score": 4}]}""", "t.json", DossierFormat.Json).Single();

        var decision = screener.Screen(read.Dossier!);

        Assert.Equal("high", decision.Outcome); // by the second tier: the panel is met, the total is not
        Assert.Equal(
            [("tier:high", "not_met"), ("tier:high#2", "met")],
            decision.Trace.Where(s => s.Rule.StartsWith("tier:", StringComparison.Ordinal)).Select(s => (s.Rule, s.Result)));
    }

    private static Model.Dossiers.Dossier Dossier(string json)
    {
        var read = new DossierReader(TestRubrics.Emissions()).ReadText(json, "d.json", DossierFormat.Json).Single();
        return read.Dossier!;
    }
}
