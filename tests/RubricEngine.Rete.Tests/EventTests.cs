namespace RubricEngine.Rete.Tests;

public class EventTests
{
    private static SessionFactory Factory()
    {
        var rule = new RuleBuilder("big order");
        var customer = rule.Match<Customer>();
        var order = rule.Match<Order>(o => o.Amount > 100m).Join(customer, (o, c) => o.CustomerId == c.Id);
        rule.Then(ctx => ctx.InsertLogical(new Discount(ctx.Get(customer).Id, 10m)));
        return RuleCompiler.Compile(rule);
    }

    [Fact]
    public void Events_InsertAndFire_RaisedInOrder()
    {
        var session = Factory().CreateSession();
        var log = new List<string>();
        session.Events.FactInserted += (_, e) => log.Add("inserted " + e.Fact.GetType().Name + (e.Rule is null ? string.Empty : " by " + e.Rule));
        session.Events.ActivationCreated += (_, e) => log.Add("created " + e.Rule.Name);
        session.Events.RuleFiring += (_, e) => log.Add("firing " + e.Rule.Name);
        session.Events.RuleFired += (_, e) => log.Add("fired " + e.Rule.Name);
        session.Events.ActivationDeleted += (_, e) => log.Add("deleted " + e.Rule.Name);
        session.Events.FactRetracted += (_, e) => log.Add("retracted " + e.Fact.GetType().Name);

        var order = new Order(10, 1, 150m);
        session.InsertAll([new Customer(1, "Ada"), order]);
        session.Fire();
        session.Retract(order);

        Assert.Equal(
            ["inserted Customer", "inserted Order", "created big order", "firing big order", "inserted Discount by big order", "fired big order",
             "retracted Order", "deleted big order", "retracted Discount"],
            log);
    }

    [Fact]
    public void ConditionEvaluated_FailingCondition_ReportsInputsResultAndNode()
    {
        var session = Factory().CreateSession();
        var conditions = new List<ConditionEventArgs>();
        session.Events.ConditionEvaluated += (_, e) => conditions.Add(e);
        var small = new Order(10, 1, 50m);

        session.InsertAll([new Customer(1, "Ada"), small]);

        var failed = Assert.Single(conditions);
        Assert.Equal("(o.Amount > 100)", failed.Condition);
        Assert.Equal([small], failed.Inputs);
        Assert.False(failed.Result);
        Assert.Equal("Select", failed.NodeKind);
        Assert.Equal(["big order"], failed.Rules);
    }

    [Fact]
    public void ConditionEvaluated_HashJoin_ReportsTheCandidatePair()
    {
        var session = Factory().CreateSession();
        var conditions = new List<ConditionEventArgs>();
        session.Events.ConditionEvaluated += (_, e) => conditions.Add(e);
        var ada = new Customer(1, "Ada");
        var order = new Order(10, 1, 500m);

        session.InsertAll([ada, order]);

        var join = Assert.Single(conditions, c => c.NodeKind == "Join");
        Assert.Equal("(o.CustomerId == c.Id)", join.Condition);
        Assert.Equal<object?>([ada, order], join.Inputs);
        Assert.True(join.Result);
    }

    [Fact]
    public void Recording_ReplayedOnTheSameRules_ReproducesEveryEvent()
    {
        var session = Factory().CreateSession();
        using var recorder = session.StartRecording();
        var order = new Order(10, 1, 150m);
        session.InsertAll([new Customer(1, "Ada"), order]);
        session.Fire();
        session.Update(order, order with { Amount = 20m });
        session.Fire();

        var trace = recorder.Trace;
        var replay = trace.Replay(Factory());

        Assert.True(replay.Identical, $"first difference at {replay.FirstDifference}: {replay.Expected} vs {replay.Actual}");
        Assert.Equal(5, trace.Operations.Count);
        Assert.Contains(trace.Events, e => e.Kind == "ConditionEvaluated" && e.Text.Contains("= False", StringComparison.Ordinal));
    }

    [Fact]
    public void Recording_ReplayedOnChangedRules_ReportsTheFirstDifference()
    {
        var session = Factory().CreateSession();
        using var recorder = session.StartRecording();
        session.InsertAll([new Customer(1, "Ada"), new Order(10, 1, 150m)]);
        session.Fire();
        var other = new RuleBuilder("big order");
        other.Match<Customer>();

        var replay = recorder.Trace.Replay(RuleCompiler.Compile(other));

        Assert.False(replay.Identical);
    }

    [Fact]
    public void Insert_NoSubscribers_AllocatesLittlePerFact()
    {
        var rule = new RuleBuilder("valid");
        rule.Match<Customer>(c => c.Preferred);
        rule.Then(_ => { });
        var factory = RuleCompiler.Compile(rule);
        var customers = Enumerable.Range(0, 2_000).Select(i => new Customer(i, "c", true)).ToArray();
        Run();

        var before = GC.GetAllocatedBytesForCurrentThread();
        Run();
        var perFact = (GC.GetAllocatedBytesForCurrentThread() - before) / customers.Length;

        Assert.InRange(perFact, 1, 300);

        void Run()
        {
            var session = factory.CreateSession();
            session.InsertAll(customers);
            session.Fire();
        }
    }
}
