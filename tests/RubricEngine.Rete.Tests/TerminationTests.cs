namespace RubricEngine.Rete.Tests;

public class TerminationTests
{
    private static SessionFactory PingPong()
    {
        var ping = new RuleBuilder("ping");
        ping.Match<Flag>(f => f.Name == "ping");
        ping.Then(ctx => { ctx.Retract(new Flag("ping")); ctx.Insert(new Flag("pong")); });
        var pong = new RuleBuilder("pong");
        pong.Match<Flag>(f => f.Name == "pong");
        pong.Then(ctx => { ctx.Retract(new Flag("pong")); ctx.Insert(new Flag("ping")); });
        var bystander = new RuleBuilder("bystander");
        bystander.Match<Customer>();
        bystander.Then(_ => { });
        return RuleCompiler.Compile(bystander, ping, pong);
    }

    [Fact]
    public void Fire_RulesThatTriggerEachOtherForever_StopAtTheBoundNamingTheLoop()
    {
        var session = PingPong().CreateSession();
        session.InsertAll([new Customer(1, "Ada"), new Flag("ping")]);

        var error = Assert.Throws<FiringLimitExceededException>(() => session.Fire(1_000));

        Assert.Equal(["ping", "pong"], error.RuleNames.Order(StringComparer.Ordinal));
        Assert.Contains("limit of 1000 firings", error.Message, StringComparison.Ordinal);
        Assert.Contains("ping, pong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_RuleUpdatingItsOwnFact_StopsAtTheBound()
    {
        var rule = new RuleBuilder("increment");
        var counter = rule.Match<Counter>();
        rule.Then(ctx => ctx.Update(ctx.Get(counter), new Counter(ctx.Get(counter).Value + 1)));
        var session = RuleCompiler.Compile(rule).CreateSession();
        session.Insert(new Counter(0));

        var error = Assert.Throws<FiringLimitExceededException>(() => session.Fire(50));

        Assert.Equal(["increment"], error.RuleNames);
        Assert.Equal([new Counter(50)], session.Query<Counter>());
    }

    [Fact]
    public void Fire_Cancelled_ThrowsOperationCanceled()
    {
        var session = PingPong().CreateSession();
        session.Insert(new Flag("ping"));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => session.Fire(1_000, cancellation.Token));
    }

    [Fact]
    public void Fire_FinishesWithinTheBound_ReturnsTheNumberFired()
    {
        var session = PingPong().CreateSession();
        session.InsertAll([new Customer(1, "Ada"), new Customer(2, "Bob")]);

        Assert.Equal(2, session.Fire(2));
    }

    [Fact]
    public void Fire_ActionThrows_WrapsTheErrorWithTheRuleName()
    {
        var rule = new RuleBuilder("broken");
        rule.Match<Customer>();
        rule.Then(_ => throw new InvalidOperationException("boom"));
        var session = RuleCompiler.Compile(rule).CreateSession();
        session.Insert(new Customer(1, "Ada"));

        var error = Assert.Throws<RuleActionException>(() => session.Fire());

        Assert.Equal("broken", error.RuleName);
    }

    [Fact]
    public void Fire_CalledFromAnAction_IsRejected()
    {
        var rule = new RuleBuilder("reentrant");
        rule.Match<Customer>();
        rule.Then(ctx => ctx.Session.Fire());
        var session = RuleCompiler.Compile(rule).CreateSession();
        session.Insert(new Customer(1, "Ada"));

        var error = Assert.Throws<RuleActionException>(() => session.Fire());

        Assert.IsType<InvalidOperationException>(error.InnerException);
    }
}
