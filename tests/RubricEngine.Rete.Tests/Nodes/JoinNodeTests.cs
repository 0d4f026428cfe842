namespace RubricEngine.Rete.Tests.Nodes;

public class JoinNodeTests
{
    private static Session OrdersPerCustomer(out Pattern<Customer> customer, out Pattern<Order> order)
    {
        var rule = new RuleBuilder("order of customer");
        customer = rule.Match<Customer>();
        order = rule.Match<Order>().Join(customer, (o, c) => o.CustomerId == c.Id);
        return RuleCompiler.Compile(rule).CreateSession();
    }

    [Fact]
    public void Insert_EqualityJoin_PairsOnlyFactsWithEqualKeys()
    {
        var session = OrdersPerCustomer(out var customer, out var order);

        session.InsertAll([new Customer(1, "Ada"), new Customer(2, "Bob"), new Order(10, 1, 5m), new Order(11, 2, 6m), new Order(12, 3, 7m)]);

        var pairs = session.Matches("order of customer").Select(m => (m.Get(customer).Id, m.Get(order).Id));
        Assert.Equal([(1, 10), (2, 11)], pairs);
    }

    [Fact]
    public void Insert_EqualityJoin_IsAHashJoinInTheGraph()
    {
        var rule = new RuleBuilder("r");
        var customer = rule.Match<Customer>();
        rule.Match<Order>().Join(customer, (o, c) => o.CustomerId == c.Id && o.Amount > 1m);

        var dot = RuleCompiler.Compile(rule).ToDot();

        Assert.Contains("Join: Order where (o.CustomerId == c.Id) && (o.Amount > 1)", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_InequalityJoin_TestsEveryPair()
    {
        var rule = new RuleBuilder("bigger order");
        var first = rule.Match<Order>();
        rule.Match<Order>().Join(first, (o, f) => o.Amount > f.Amount);
        var session = RuleCompiler.Compile(rule).CreateSession();

        session.InsertAll([new Order(1, 1, 1m), new Order(2, 1, 2m), new Order(3, 1, 3m)]);

        Assert.Equal(3, session.Matches("bigger order").Count);
    }

    [Fact]
    public void Retract_JoinedFact_RemovesItsPairsAndReleasesMemory()
    {
        var session = OrdersPerCustomer(out _, out _);
        var ada = new Customer(1, "Ada");
        var orders = new[] { new Order(10, 1, 5m), new Order(11, 1, 6m) };
        session.Insert(ada);
        session.InsertAll(orders);

        session.Retract(ada);
        Assert.Empty(session.Matches("order of customer"));
        session.RetractAll(orders);

        Assert.All(session.GetNodeStatistics(), s => Assert.Equal(0, s.MemorySize));
        Assert.Equal(0, session.FactCount);
    }

    [Fact]
    public void Update_JoinKeyChanges_MovesTheMatchToTheNewPartner()
    {
        var session = OrdersPerCustomer(out var customer, out _);
        var order = new Order(10, 1, 5m);
        session.InsertAll([new Customer(1, "Ada"), new Customer(2, "Bob"), order]);

        session.Update(order, order with { CustomerId = 2 });

        Assert.Equal("Bob", Assert.Single(session.Matches("order of customer")).Get(customer).Name);
    }

    [Fact]
    public void Insert_NullJoinKeys_PairLikeCSharpEquality()
    {
        var rule = new RuleBuilder("same region");
        var first = rule.Match<Project>(p => p.Sector == Sector.Energy);
        rule.Match<Project>(p => p.Sector == Sector.Transport).Join(first, (p, f) => p.Region == f.Region);
        var session = RuleCompiler.Compile(rule).CreateSession();

        session.InsertAll([new Project(1, Sector.Energy, null, null), new Project(2, Sector.Transport, null, null), new Project(3, Sector.Transport, null, "x")]);

        Assert.Single(session.Matches("same region"));
    }

    [Fact]
    public void Retract_ManyFactsUnderOneKeyInAnyOrder_KeepsEveryOtherPair()
    {
        var session = OrdersPerCustomer(out _, out var order);
        var orders = Enumerable.Range(0, 60).Select(i => new Order(i, 1, i)).ToList();
        session.Insert(new Customer(1, "Ada"));
        session.InsertAll(orders);
        var random = new Random(3);
        var removed = orders.OrderBy(_ => random.Next()).Take(45).ToList();

        session.RetractAll(removed);

        var left = session.Matches("order of customer").Select(m => m.Get(order).Id).Order();
        Assert.Equal(orders.Except(removed).Select(o => o.Id).Order(), left);
        session.Retract(new Customer(1, "Ada"));
        session.Insert(new Customer(1, "Ada"));
        Assert.Equal(15, session.Matches("order of customer").Count);
    }

    [Fact]
    public void Session_ReusedForOneCustomerAfterAnother_MatchesEachAndEndsEmpty()
    {
        var session = OrdersPerCustomer(out var customer, out _);

        for (var id = 0; id < 50; id++)
        {
            object[] facts = [new Customer(id % 7, "c"), new Order(1, id % 7, 1m), new Order(2, id % 7, 2m), new Order(3, (id + 1) % 7, 3m)];
            session.InsertAll(facts);
            var matches = session.Matches("order of customer");
            Assert.Equal(2, matches.Count);
            Assert.All(matches, m => Assert.Equal(id % 7, m.Get(customer).Id));
            session.RetractAll(facts);
        }

        Assert.All(session.GetNodeStatistics(), s => Assert.Equal(0, s.MemorySize));
    }
}
