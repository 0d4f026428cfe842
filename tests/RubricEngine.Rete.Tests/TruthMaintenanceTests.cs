namespace RubricEngine.Rete.Tests;

public class TruthMaintenanceTests
{
    public sealed record Eligible(int CustomerId);

    public sealed record Approved(int CustomerId);

    private static SessionFactory Chain()
    {
        var eligible = new RuleBuilder("eligible");
        var customer = eligible.Match<Customer>(c => c.Preferred);
        eligible.Then(ctx => ctx.InsertLogical(new Eligible(ctx.Get(customer).Id)));
        var approved = new RuleBuilder("approved");
        var e = approved.Match<Eligible>();
        approved.Then(ctx => ctx.InsertLogical(new Approved(ctx.Get(e).CustomerId)));
        var discount = new RuleBuilder("discount");
        var a = discount.Match<Approved>();
        discount.Then(ctx => ctx.InsertLogical(new Discount(ctx.Get(a).CustomerId, 5m)));
        return RuleCompiler.Compile(eligible, approved, discount);
    }

    [Fact]
    public void RetractPremise_ChainOfLogicalInserts_RemovesDerivedFactsTransitively()
    {
        var session = Chain().CreateSession();
        var ada = new Customer(1, "Ada", Preferred: true);
        session.Insert(ada);
        session.Fire();
        Assert.Equal(4, session.FactCount);

        session.Retract(ada);

        Assert.Equal(0, session.FactCount);
    }

    [Fact]
    public void UpdatePremise_NoLongerMatching_RetractsDerivedFactsWithoutFiring()
    {
        var session = Chain().CreateSession();
        var ada = new Customer(1, "Ada", Preferred: true);
        session.Insert(ada);
        session.Fire();

        session.Update(ada, ada with { Preferred = false });

        Assert.Empty(session.Query<Discount>());
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void LogicalInsert_TwoJustifications_FactStaysUntilBothAreGone()
    {
        var rule = new RuleBuilder("any preferred");
        rule.Match<Customer>(c => c.Preferred);
        rule.Then(ctx => ctx.InsertLogical(new Flag("has preferred")));
        var session = RuleCompiler.Compile(rule).CreateSession();
        var ada = new Customer(1, "Ada", true);
        var bob = new Customer(2, "Bob", true);
        session.InsertAll([ada, bob]);
        session.Fire();

        session.Retract(ada);
        Assert.Single(session.Query<Flag>());
        session.Retract(bob);
        Assert.Empty(session.Query<Flag>());
    }

    [Fact]
    public void StatedInsert_OfALogicalFact_SurvivesLossOfJustification()
    {
        var session = Chain().CreateSession();
        var ada = new Customer(1, "Ada", Preferred: true);
        session.Insert(ada);
        session.Fire();

        Assert.True(session.TryInsert(new Eligible(1)));
        session.Retract(ada);

        Assert.Equal([new Eligible(1)], session.Query<Eligible>());
        Assert.Single(session.Query<Discount>());
    }

    public sealed record Input(string Code, decimal Value);

    public sealed record Verdict(string Code, bool Met);

    public sealed record Score(decimal Value);

    [Fact]
    public void Update_WhatIfOnOneInput_ReScreensOnlyWhatDependsOnIt()
    {
        var rules = new List<RuleDefinition>();
        foreach (var code in new[] { "K0", "K1", "K2" })
        {
            var criterion = new RuleBuilder("criterion " + code);
            var input = criterion.Match<Input>(i => i.Code == code);
            criterion.Then(ctx => ctx.InsertLogical(new Verdict(code, ctx.Get(input).Value > 10m)));
            rules.Add(criterion.Build());
        }

        var score = new RuleBuilder("score");
        var met = score.Aggregate(Aggregates.Count<Verdict>(), v => v.Where(x => x.Met));
        score.Then(ctx => ctx.InsertLogical(new Score(ctx.Get(met))));
        rules.Add(score.Build());
        var session = RuleCompiler.Compile(rules).CreateSession();
        var k1 = new Input("K1", 5m);
        session.InsertAll([new Input("K0", 20m), k1, new Input("K2", 30m)]);
        Assert.Equal(4, session.Fire());
        Assert.Equal([new Score(2m)], session.Query<Score>());

        session.Update(k1, k1 with { Value = 50m });

        Assert.Equal(2, session.Fire());
        Assert.Equal([new Score(3m)], session.Query<Score>());
        Assert.Equal(3, session.Query<Verdict>().Count(v => v.Met));
    }

    [Fact]
    public void LogicalInsert_ReportedAsLogicalInEvents()
    {
        var session = Chain().CreateSession();
        var logical = new List<object>();
        session.Events.FactInserted += (_, e) => { if (e.IsLogical) { logical.Add(e.Fact); } };

        session.Insert(new Customer(1, "Ada", Preferred: true));
        session.Fire();

        Assert.Equal<object>([new Eligible(1), new Approved(1), new Discount(1, 5m)], logical);
    }
}
