namespace RubricEngine.Rete.Tests.Nodes;

public class AggregateTests
{
    private static readonly Order[] Orders = [new(1, 1, 10m), new(2, 1, 30m), new(3, 2, 20m)];

    [Fact]
    public void Aggregate_BuiltInFunctions_ComputeOverAllMatchingFacts()
    {
        Assert.Equal(3, Single(Aggregates.Count<Order>()));
        Assert.Equal(60m, Single(Aggregates.Sum<Order, decimal>(o => o.Amount)));
        Assert.Equal(10m, Single(Aggregates.Min<Order, decimal>(o => o.Amount)));
        Assert.Equal(30m, Single(Aggregates.Max<Order, decimal>(o => o.Amount)));
        Assert.Equal(20m, Single(Aggregates.Average<Order, decimal>(o => o.Amount)));
        Assert.Equal(Orders, Single(Aggregates.Collect<Order>()));
    }

    [Fact]
    public void Aggregate_NoFacts_CountIsZeroAndMinHasNoMatch()
    {
        var count = new RuleBuilder("count");
        count.Aggregate(Aggregates.Count<Order>());
        var min = new RuleBuilder("min");
        min.Aggregate(Aggregates.Min<Order, decimal>(o => o.Amount));
        var session = RuleCompiler.Compile(count, min).CreateSession();

        Assert.Equal(0, Assert.Single(session.Matches("count")).Entries[0]);
        Assert.Empty(session.Matches("min"));
    }

    [Fact]
    public void Aggregate_FactRetractedAndUpdated_ValueFollows()
    {
        var rule = new RuleBuilder("max");
        var max = rule.Aggregate(Aggregates.Max<Order, decimal>(o => o.Amount));
        var session = RuleCompiler.Compile(rule).CreateSession();
        session.InsertAll(Orders);

        session.Retract(Orders[1]);
        Assert.Equal(20m, session.Matches("max")[0].Get(max));
        session.Update(Orders[0], Orders[0] with { Amount = 99m });
        Assert.Equal(99m, session.Matches("max")[0].Get(max));
    }

    [Fact]
    public void GroupBy_ThreeOrdersTwoCustomers_OneMatchPerGroup()
    {
        var rule = new RuleBuilder("per customer");
        var group = rule.GroupBy((Order o) => o.CustomerId, Aggregates.Sum<Order, decimal>(o => o.Amount));
        var session = RuleCompiler.Compile(rule).CreateSession();

        session.InsertAll(Orders);

        Assert.Equal([new Group<int, decimal>(1, 40m), new Group<int, decimal>(2, 20m)], session.Matches("per customer").Select(m => m.Get(group)));
        session.Retract(Orders[2]);
        Assert.Single(session.Matches("per customer"));
    }

    [Fact]
    public void Aggregate_ResultCondition_FiltersOnTheValue()
    {
        var rule = new RuleBuilder("busy");
        rule.Aggregate(Aggregates.Count<Order>()).Where(n => n >= 3);
        var session = RuleCompiler.Compile(rule).CreateSession();

        session.InsertAll(Orders.Take(2));
        Assert.Empty(session.Matches("busy"));
        session.Insert(Orders[2]);
        Assert.Single(session.Matches("busy"));
    }

    [Fact]
    public void Aggregate_CustomAggregator_IsUsedThroughTheInterface()
    {
        var rule = new RuleBuilder("names");
        var names = rule.Aggregate(new AggregateFunction<Customer, string>("names", () => new NameList()));
        var session = RuleCompiler.Compile(rule).CreateSession();

        session.InsertAll([new Customer(2, "Bob"), new Customer(1, "Ada")]);

        Assert.Equal("Ada,Bob", session.Matches("names")[0].Get(names));
    }

    [Fact]
    public void Aggregate_JoinedPerCustomer_TracksEachCustomerSeparately()
    {
        var rule = new RuleBuilder("total");
        var customer = rule.Match<Customer>();
        var total = rule.Aggregate(Aggregates.Sum<Order, decimal>(o => o.Amount), src => src.Join(customer, (o, c) => o.CustomerId == c.Id));
        var session = RuleCompiler.Compile(rule).CreateSession();

        session.InsertAll([new Customer(1, "Ada"), new Customer(2, "Bob"), new Customer(3, "Cy"), .. Orders]);

        Assert.Equal([40m, 20m, 0m], session.Matches("total").Select(m => m.Get(total)));
    }

    [Fact]
    public void InsertAll_CohortShareOfTotal_RecomputesTheTotalOncePerBatchNotPerFact()
    {
        var rule = new RuleBuilder("share");
        var total = rule.Aggregate(Aggregates.Sum<Order, decimal>(o => o.Amount));
        var order = rule.Match<Order>();
        rule.Then(ctx => ctx.InsertLogical(new Discount(ctx.Get(order).Id, ctx.Get(order).Amount / ctx.Get(total))));
        var session = RuleCompiler.Compile(rule).CreateSession();
        var created = 0;
        session.Events.ActivationCreated += (_, _) => created++;

        session.InsertAll(Enumerable.Range(1, 2_000).Select(i => new Order(i, 1, 1m)));
        session.Fire();

        // Pairs with the empty total as orders arrive, then once with the final total: linear, not 2,000 x 2,000 / 2.
        Assert.InRange(created, 2_000, 4_000);
        Assert.All(session.Query<Discount>(), d => Assert.Equal(1m / 2_000m, d.Percent));
    }

    private static object? Single<TResult>(AggregateFunction<Order, TResult> function)
    {
        var rule = new RuleBuilder("aggregate");
        var value = rule.Aggregate(function);
        var session = RuleCompiler.Compile(rule).CreateSession();
        session.InsertAll(Orders);
        return Assert.Single(session.Matches("aggregate")).Get(value);
    }

    private sealed class NameList : IAggregator<Customer, string>
    {
        private readonly SortedSet<string> names = new(StringComparer.Ordinal);

        public bool HasResult => true;

        public string Result => string.Join(",", names);

        public void Add(Customer item) => names.Add(item.Name);

        public void Remove(Customer item) => names.Remove(item.Name);
    }
}
