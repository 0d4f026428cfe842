using System.Globalization;

namespace RubricEngine.Rete.Tests.Nodes;

public class AlphaNodeTests
{
    [Fact]
    public void Insert_FiveHundredRulesKeyedOnCode_AnswersWithOneDispatchLookup()
    {
        var rules = Enumerable.Range(0, 500).Select(i =>
        {
            var code = "A" + i.ToString(CultureInfo.InvariantCulture);
            var rule = new RuleBuilder("rule " + code);
            rule.Match<Activity>(a => a.Code == code);
            return rule.Build();
        });
        var session = RuleCompiler.Compile(rules).CreateSession(new SessionOptions { CollectNodeCounters = true });

        session.Insert(new Activity(1, "A42", 1m));

        var stats = session.GetNodeStatistics();
        var dispatch = Assert.Single(stats, s => s.Kind == "Dispatch");
        Assert.Equal(1, dispatch.Evaluations);
        Assert.Equal(1, stats.Where(s => s.Kind == "Equals").Sum(s => s.Evaluations));
        Assert.Equal(0, stats.Where(s => s.Kind == "Select").Sum(s => s.Evaluations));
        Assert.Equal("rule A42", Assert.Single(RulesWithMatches(session, rules: 500)));
    }

    [Fact]
    public void Compile_EqualConditionsWithDifferentParameterNames_ShareOneNode()
    {
        var first = new RuleBuilder("first");
        first.Match<Activity>(a => a.Value > 5m);
        var second = new RuleBuilder("second");
        second.Match<Activity>(x => x.Value > 5m);

        var session = RuleCompiler.Compile(first, second).CreateSession();

        Assert.Single(session.GetNodeStatistics(), s => s.Kind == "Select");
        Assert.Single(session.GetNodeStatistics(), s => s.Kind == "AlphaMemory");
    }

    [Fact]
    public void Compile_DifferentCapturedConstants_DoNotShareNodes()
    {
        var rules = new[] { 1m, 2m }.Select(limit =>
        {
            var rule = new RuleBuilder("above " + limit.ToString(CultureInfo.InvariantCulture));
            rule.Match<Activity>(a => a.Value > limit);
            return rule.Build();
        });
        var session = RuleCompiler.Compile(rules).CreateSession();

        session.Insert(new Activity(1, "x", 1.5m));

        Assert.Equal(2, session.GetNodeStatistics().Count(s => s.Kind == "Select"));
        Assert.Single(session.Matches("above 1"));
        Assert.Empty(session.Matches("above 2"));
    }

    [Fact]
    public void Insert_EnumNullableAndNullEqualities_DispatchLikeCSharpEquality()
    {
        var energy = new RuleBuilder("energy");
        energy.Match<Project>(p => p.Sector == Sector.Energy && p.Rating == 3);
        var unknownRegion = new RuleBuilder("no region");
        unknownRegion.Match<Project>(p => p.Region == null);
        var session = RuleCompiler.Compile(energy, unknownRegion).CreateSession();

        session.InsertAll([new Project(1, Sector.Energy, 3, "north"), new Project(2, Sector.Energy, null, null), new Project(3, Sector.Transport, 3, null)]);

        Assert.Equal([1], session.Matches("energy").Select(m => ((Project)m.Entries[0]!).Id));
        Assert.Equal([2, 3], session.Matches("no region").Select(m => ((Project)m.Entries[0]!).Id));
    }

    [Fact]
    public void Insert_EqualityAfterAGuard_KeepsTheWrittenOrder()
    {
        var rule = new RuleBuilder("north");
        rule.Match<Project>(p => p.Region != null && p.Region.Length == 5);
        var session = RuleCompiler.Compile(rule).CreateSession();

        session.InsertAll([new Project(1, Sector.Energy, null, null), new Project(2, Sector.Energy, null, "north")]);

        Assert.Single(session.Matches("north"));
    }

    [Fact]
    public void Insert_FactOfDerivedType_MatchesPatternOnBaseType()
    {
        var rule = new RuleBuilder("any record");
        rule.Match<object>();
        var session = RuleCompiler.Compile(rule).CreateSession();

        session.InsertAll([new Flag("a"), new Counter(1)]);

        Assert.Equal(2, session.Matches("any record").Count);
    }

    private static IEnumerable<string> RulesWithMatches(Session session, int rules)
        => Enumerable.Range(0, rules).Select(i => "rule A" + i.ToString(CultureInfo.InvariantCulture)).Where(r => session.Matches(r).Count > 0);
}
