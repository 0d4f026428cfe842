namespace RubricEngine.Rete.Tests;

public class DiagnosticsTests
{
    private static SessionFactory Factory()
    {
        var rule = new RuleBuilder("big order").Salience(3);
        var customer = rule.Match<Customer>(c => c.Preferred);
        rule.Match<Order>(o => o.Amount > 100m).Join(customer, (o, c) => o.CustomerId == c.Id);
        rule.Not<Flag>(f => f.Name == "stop");
        return RuleCompiler.Compile(rule);
    }

    [Fact]
    public void ToDot_Network_ListsEveryNodeAndEdge()
    {
        var dot = Factory().ToDot();

        Assert.StartsWith("digraph rete {", dot, StringComparison.Ordinal);
        Assert.Contains("Type: Customer", dot, StringComparison.Ordinal);
        Assert.Contains("Select: c.Preferred", dot, StringComparison.Ordinal);
        Assert.Contains("Equals: f.Name == \\\"stop\\\"", dot, StringComparison.Ordinal);
        Assert.Contains("Not: Flag", dot, StringComparison.Ordinal);
        Assert.Contains("Rule: big order (salience 3)", dot, StringComparison.Ordinal);
        Assert.Contains("style=dashed", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void NodeStatistics_CountersOn_CountEvaluationsMatchesAndMemory()
    {
        var session = Factory().CreateSession(new SessionOptions { CollectNodeCounters = true });

        session.InsertAll([new Customer(1, "Ada", true), new Order(10, 1, 150m), new Order(11, 1, 50m)]);

        var stats = session.GetNodeStatistics();
        var amount = Assert.Single(stats, s => s.Label == "(o.Amount > 100)");
        Assert.Equal((2, 1), (amount.Evaluations, amount.Matches));
        Assert.Equal(1, Assert.Single(stats, s => s.Kind == "Rule").MemorySize);
        Assert.Equal(1, Assert.Single(stats, s => s.Kind == "Join").MemorySize - 1);
    }

    [Fact]
    public void SessionFactory_ManySessionsInParallel_GiveIdenticalResults()
    {
        var factory = Factory();
        var results = new int[64];

        Parallel.For(0, results.Length, i =>
        {
            var session = factory.CreateSession();
            session.InsertAll([new Customer(1, "Ada", true), new Order(10, 1, 150m), new Order(11, 1, 500m)]);
            results[i] = session.Matches("big order").Count;
        });

        Assert.All(results, r => Assert.Equal(2, r));
    }
}
