using RubricEngine.Model.Logic;

namespace RubricEngine.Model.Tests;

public class KleeneTests
{
    [Theory]
    [InlineData(Truth.Met, Truth.Met, Truth.Met)]
    [InlineData(Truth.Met, Truth.Unknown, Truth.Unknown)]
    [InlineData(Truth.Met, Truth.NotMet, Truth.NotMet)]
    [InlineData(Truth.Unknown, Truth.Unknown, Truth.Unknown)]
    [InlineData(Truth.Unknown, Truth.NotMet, Truth.NotMet)]
    [InlineData(Truth.NotMet, Truth.NotMet, Truth.NotMet)]
    public void And_FollowsKleeneTable_DefiniteFailureOutranksMissingData(Truth a, Truth b, Truth expected)
    {
        Assert.Equal(expected, Kleene.And(a, b));
        Assert.Equal(expected, Kleene.And(b, a));
    }

    [Theory]
    [InlineData(Truth.Met, Truth.Met, Truth.Met)]
    [InlineData(Truth.Met, Truth.Unknown, Truth.Met)]
    [InlineData(Truth.Met, Truth.NotMet, Truth.Met)]
    [InlineData(Truth.Unknown, Truth.Unknown, Truth.Unknown)]
    [InlineData(Truth.Unknown, Truth.NotMet, Truth.Unknown)]
    [InlineData(Truth.NotMet, Truth.NotMet, Truth.NotMet)]
    public void Or_FollowsKleeneTable(Truth a, Truth b, Truth expected)
    {
        Assert.Equal(expected, Kleene.Or(a, b));
        Assert.Equal(expected, Kleene.Or(b, a));
    }

    [Theory]
    [InlineData(Truth.Met, Truth.NotMet)]
    [InlineData(Truth.NotMet, Truth.Met)]
    [InlineData(Truth.Unknown, Truth.Unknown)]
    public void Not_SwapsDefiniteValues_KeepsUnknown(Truth value, Truth expected) =>
        Assert.Equal(expected, Kleene.Not(value));

    [Fact]
    public void AllAndAny_OfEmptySequence_AreTheIdentities()
    {
        Assert.Equal(Truth.Met, Kleene.All([]));
        Assert.Equal(Truth.NotMet, Kleene.Any([]));
    }

    [Fact]
    public void All_WithOneFailureAmongUnknowns_IsNotMet() =>
        Assert.Equal(Truth.NotMet, Kleene.All([Truth.Unknown, Truth.NotMet, Truth.Met]));

    [Theory]
    [InlineData(Truth.Met, "met")]
    [InlineData(Truth.NotMet, "not_met")]
    [InlineData(Truth.Unknown, "unknown")]
    public void ToWord_GivesDecisionJsonWords(Truth value, string word) => Assert.Equal(word, value.ToWord());
}
