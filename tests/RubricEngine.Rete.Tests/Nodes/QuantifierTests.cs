namespace RubricEngine.Rete.Tests.Nodes;

public class QuantifierTests
{
    [Fact]
    public void Not_AsFirstElement_MatchesEmptySessionUntilAFactArrives()
    {
        var rule = new RuleBuilder("calm");
        rule.Not<Flag>(f => f.Name == "alarm");
        var session = RuleCompiler.Compile(rule).CreateSession();

        Assert.Single(session.Matches("calm"));
        session.Insert(new Flag("other"));
        Assert.Single(session.Matches("calm"));
        session.Insert(new Flag("alarm"));
        Assert.Empty(session.Matches("calm"));
        session.Retract(new Flag("alarm"));
        Assert.Single(session.Matches("calm"));
    }

    [Fact]
    public void Not_JoinedToEarlierPattern_BlocksOnlyItsPartner()
    {
        var rule = new RuleBuilder("customer without orders");
        var customer = rule.Match<Customer>();
        rule.Not<Order>().Join(customer, (o, c) => o.CustomerId == c.Id);
        var session = RuleCompiler.Compile(rule).CreateSession();

        session.InsertAll([new Customer(1, "Ada"), new Customer(2, "Bob"), new Order(10, 1, 1m)]);

        Assert.Equal("Bob", Assert.Single(session.Matches("customer without orders")).Get(customer).Name);
    }

    [Fact]
    public void Exists_ManyMatchingFacts_MatchesOnceAndGoesWithTheLast()
    {
        var rule = new RuleBuilder("has orders");
        var customer = rule.Match<Customer>();
        rule.Exists<Order>().Join(customer, (o, c) => o.CustomerId == c.Id);
        var session = RuleCompiler.Compile(rule).CreateSession();
        var orders = new[] { new Order(10, 1, 1m), new Order(11, 1, 2m) };

        session.Insert(new Customer(1, "Ada"));
        session.InsertAll(orders);
        Assert.Single(session.Matches("has orders"));
        session.Retract(orders[0]);
        Assert.Single(session.Matches("has orders"));
        session.Retract(orders[1]);
        Assert.Empty(session.Matches("has orders"));
    }

    [Fact]
    public void ForAll_EveryFactSatisfies_HoldsAndAViolationBreaksIt()
    {
        var rule = new RuleBuilder("all orders large");
        var customer = rule.Match<Customer>();
        rule.ForAll<Order>(o => o.Amount >= 100m).Join(customer, (o, c) => o.CustomerId == c.Id);
        var session = RuleCompiler.Compile(rule).CreateSession();
        var small = new Order(11, 1, 5m);

        session.InsertAll([new Customer(1, "Ada"), new Order(10, 1, 150m)]);
        Assert.Single(session.Matches("all orders large"));
        session.Insert(small);
        Assert.Empty(session.Matches("all orders large"));
        session.Update(small, small with { Amount = 500m });
        Assert.Single(session.Matches("all orders large"));
    }

    [Fact]
    public void Get_OnNotElement_ThrowsBecauseItHasNoEntry()
    {
        var rule = new RuleBuilder("r");
        var none = rule.Not<Flag>();
        var session = RuleCompiler.Compile(rule).CreateSession();

        Assert.Throws<ArgumentException>(() => session.Matches("r")[0].Get(none));
    }
}
