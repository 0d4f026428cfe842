namespace RubricEngine.Rete.Tests;

public class SessionTests
{
    private static Session Empty()
    {
        var rule = new RuleBuilder("any customer");
        rule.Match<Customer>();
        return RuleCompiler.Compile(rule).CreateSession();
    }

    [Fact]
    public void Insert_EqualFactTwice_ThrowsAndTryInsertReturnsFalse()
    {
        var session = Empty();
        session.Insert(new Customer(1, "Ada"));

        Assert.Throws<InvalidOperationException>(() => session.Insert(new Customer(1, "Ada")));
        Assert.False(session.TryInsert(new Customer(1, "Ada")));
        Assert.True(session.Contains(new Customer(1, "Ada")));
    }

    [Fact]
    public void Retract_AbsentFact_ThrowsAndTryRetractReturnsFalse()
    {
        var session = Empty();

        Assert.Throws<InvalidOperationException>(() => session.Retract(new Customer(1, "Ada")));
        Assert.False(session.TryRetract(new Customer(1, "Ada")));
    }

    [Fact]
    public void Query_MixedFacts_ReturnsThoseOfTheTypeInInsertionOrder()
    {
        var session = Empty();
        session.InsertAll([new Customer(2, "Bob"), new Flag("x"), new Customer(1, "Ada")]);

        Assert.Equal([new Customer(2, "Bob"), new Customer(1, "Ada")], session.Query<Customer>());
        Assert.Equal(3, session.Query<object>().Count);
    }

    [Fact]
    public void UpdateAll_EqualInstances_ReplaceHeldFacts()
    {
        var rule = new RuleBuilder("named");
        rule.Match<Entity>(e => e.Name == "new");
        var session = RuleCompiler.Compile(rule).CreateSession();
        session.InsertAll([new Entity(1, "old"), new Entity(2, "old")]);

        session.UpdateAll([new Entity(1, "new"), new Entity(2, "new")]);

        Assert.Equal(2, session.Matches("named").Count);
        Assert.All(session.Query<Entity>(), e => Assert.Equal("new", e.Name));
    }

    [Fact]
    public void Compile_DuplicateRuleNames_Throws()
    {
        var first = new RuleBuilder("same");
        first.Match<Customer>();
        var second = new RuleBuilder("same");
        second.Match<Order>();

        Assert.Throws<ArgumentException>(() => RuleCompiler.Compile(first, second));
    }

    [Fact]
    public void RuleDefinition_JoinToLaterElement_IsRejected()
    {
        System.Linq.Expressions.Expression<Func<Order, Customer, bool>> join = (o, c) => o.CustomerId == c.Id;
        var pattern = new PatternElement(typeof(Order), joins: [new JoinCondition(1, join)]);

        Assert.Throws<ArgumentException>(() => new RuleDefinition("bad", [pattern, new PatternElement(typeof(Customer))]));
    }

    [Fact]
    public void Matches_UnknownRule_Throws()
        => Assert.Throws<ArgumentException>(() => Empty().Matches("nope"));

    /// <summary>Identity by id, so a new version equals the held one.</summary>
    private sealed class Entity(int id, string name) : IEquatable<Entity>
    {
        public int Id { get; } = id;

        public string Name { get; } = name;

        public bool Equals(Entity? other) => other is not null && other.Id == Id;

        public override bool Equals(object? obj) => Equals(obj as Entity);

        public override int GetHashCode() => Id;
    }
}
