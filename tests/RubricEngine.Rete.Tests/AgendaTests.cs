namespace RubricEngine.Rete.Tests;

public class AgendaTests
{
    private static (SessionFactory Factory, List<string> Fired) Rules(params (string Name, int Salience)[] rules)
    {
        var fired = new List<string>();
        var factory = RuleCompiler.Compile(rules.Select(r =>
        {
            var rule = new RuleBuilder(r.Name).Salience(r.Salience);
            var customer = rule.Match<Customer>();
            rule.Then(ctx => fired.Add($"{r.Name}:{ctx.Get(customer).Id}"));
            return rule.Build();
        }));
        return (factory, fired);
    }

    [Fact]
    public void Fire_DifferentSalience_HigherSalienceFiresFirst()
    {
        var (factory, fired) = Rules(("low", -5), ("high", 10), ("mid", 0));
        var session = factory.CreateSession();

        session.Insert(new Customer(1, "Ada"));
        session.Fire();

        Assert.Equal(["high:1", "mid:1", "low:1"], fired);
    }

    [Fact]
    public void Fire_EqualSalience_RulesFireInDeclarationOrderThenByFactSequence()
    {
        var (factory, fired) = Rules(("b", 0), ("a", 0));
        var session = factory.CreateSession();

        session.Insert(new Customer(2, "Bob"));
        session.Insert(new Customer(1, "Ada"));
        session.Fire();

        Assert.Equal(["b:2", "b:1", "a:2", "a:1"], fired);
    }

    [Fact]
    public void Fire_UnrelatedFactsInsertedInBetween_FiringOrderUnchanged()
    {
        var withUnrelated = Order(session =>
        {
            session.Insert(new Flag("noise"));
            session.Insert(new Customer(1, "Ada"));
            session.Insert(new Flag("more noise"));
            session.Insert(new Order(10, 1, 5m));
            session.Insert(new Customer(2, "Bob"));
        });
        var without = Order(session =>
        {
            session.Insert(new Customer(1, "Ada"));
            session.Insert(new Order(10, 1, 5m));
            session.Insert(new Customer(2, "Bob"));
        });

        Assert.Equal(without, withUnrelated);
    }

    [Fact]
    public void Fire_JoinMatchesProducedInAnyNetworkOrder_FireByFactSequence()
    {
        var fired = new List<string>();
        var rule = new RuleBuilder("pair");
        var customer = rule.Match<Customer>();
        var order = rule.Match<Order>().Join(customer, (o, c) => o.CustomerId == c.Id);
        rule.Then(ctx => fired.Add($"{ctx.Get(customer).Id}/{ctx.Get(order).Id}"));
        var session = RuleCompiler.Compile(rule).CreateSession();

        // Orders first: the matches are produced when customers arrive, in customer order.
        session.InsertAll([new Order(20, 2, 1m), new Order(10, 1, 1m), new Customer(2, "Bob"), new Customer(1, "Ada")]);
        session.Fire();

        Assert.Equal(["2/20", "1/10"], fired);
    }

    [Fact]
    public void Fire_ActivationInvalidatedByEarlierFiring_DoesNotFire()
    {
        var fired = new List<string>();
        var first = new RuleBuilder("remove flag").Salience(1);
        first.Match<Customer>();
        first.Then(ctx => { fired.Add("remove"); ctx.Retract(new Flag("go")); });
        var second = new RuleBuilder("needs flag");
        second.Match<Flag>();
        second.Then(_ => fired.Add("flag"));
        var session = RuleCompiler.Compile(first, second).CreateSession();

        session.InsertAll([new Flag("go"), new Customer(1, "Ada")]);
        session.Fire();

        Assert.Equal(["remove"], fired);
    }

    [Fact]
    public void Fire_UpdatedFactStillMatching_FiresAgain()
    {
        var (factory, fired) = Rules(("r", 0));
        var session = factory.CreateSession();
        var ada = new Customer(1, "Ada");
        session.Insert(ada);
        session.Fire();

        session.Update(ada, ada with { Name = "Ada L." });
        session.Fire();

        Assert.Equal(["r:1", "r:1"], fired);
    }

    private static List<string> Order(Action<Session> insert)
    {
        var fired = new List<string>();
        var pair = new RuleBuilder("pair");
        var customer = pair.Match<Customer>();
        pair.Match<Order>().Join(customer, (o, c) => o.CustomerId == c.Id);
        pair.Then(ctx => fired.Add("pair " + ctx.Get(customer).Id));
        var single = new RuleBuilder("customer");
        var c2 = single.Match<Customer>();
        single.Then(ctx => fired.Add("customer " + ctx.Get(c2).Id));
        var session = RuleCompiler.Compile(pair, single).CreateSession();
        insert(session);
        session.Fire();
        return fired;
    }
}
