namespace RubricEngine.Rete.Tests.Differential;

/// <summary>Facts of the differential test: stated A and B, derived D (level 1) and E (level 2).</summary>
public abstract record Fact(int Id, int Key, int Val);

public sealed record A(int Id, int Key, int Val) : Fact(Id, Key, Val);

public sealed record B(int Id, int Key, int Val) : Fact(Id, Key, Val);

public sealed record D(int Key, int Val) : Fact(0, Key, Val);

public sealed record E(int Key, int Val) : Fact(0, Key, Val);

public enum ElementKind
{
    Match,
    Not,
    Exists,
    ForAll,
    Aggregate,
}

public enum AggregateKind
{
    Count,
    Sum,
    Min,
    Max,
    Collect,
}

/// <summary>An alpha test: 0 Val == c, 1 Val &gt; c, 2 Key == c, 3 Key != c.</summary>
public sealed record AlphaSpec(int Op, int Constant);

/// <summary>
/// A join to an earlier element. To a Match: 0 Key == o.Key, 1 Val &lt; o.Val, 2 Key == o.Key &amp;&amp; Val != o.Val.
/// To an ungrouped numeric aggregate value v: 3 Val == v (hashed), 4 Val &lt; v.
/// </summary>
public sealed record JoinSpec(int Other, int Op);

public sealed record ElementSpec(
    ElementKind Kind,
    Type Type,
    AlphaSpec[] Alpha,
    JoinSpec[] Joins,
    AggregateKind Aggregate,
    bool Grouped,
    int? ResultAbove,
    AlphaSpec? ForAllCondition);

/// <summary>A rule; Level 1 rules read A/B and derive D, level 2 read A/B/D and derive E, level 3 only match.</summary>
public sealed record RuleSpec(string Name, int Level, int Salience, ElementSpec[] Elements)
{
    public bool Derives => Level < 3;
}

public enum OpKind
{
    Insert,
    Update,
    Retract,
}

public sealed record Op(OpKind Kind, Fact Fact, Fact? NewFact);
