using static RubricEngine.Screening.Tests.Support.TextScreening;

namespace RubricEngine.Screening.Tests.Expressions;

/// <summary>if/then/else, first known of, count of conditions, min/max of values: exact results and three-valued cases.</summary>
public class ChoiceTests
{
    internal static readonly string Text = File.ReadAllText(Path.Combine(Language.ShippedRubricTests.RepositoryRoot(), "tests", "fixtures", "constructs", "choices.rubric"));

    [Theory]
    [InlineData(12, "5")]
    [InlineData(7, "3.5")]
    [InlineData(1, "1")]
    public void Screen_ElseIfChain_GivesTheFirstMatchingBranch(int years, string expected)
    {
        var decision = Screen(Text, $$"""{"id": "a", "years": {{years}}, "flag": true}""");
        Assert.Equal(("computed", expected), Step(decision, "derived:years_score"));
    }

    [Fact]
    public void Screen_UnknownCondition_GivesTheValueWhenBothBranchesAgreeAndUnknownOtherwise()
    {
        var decision = Screen(Text, """{"id": "a", "years": 3}""");

        Assert.Equal(("computed", "2.50"), Step(decision, "derived:same_either_way"));
        Assert.Equal("unknown", Step(decision, "derived:differs").Result);
    }

    [Fact]
    public void Screen_FirstKnown_TakesTheGivenScoreAndFallsBackToTheYearsScore()
    {
        Assert.Equal(("computed", "4.2"), Step(Screen(Text, """{"id": "a", "years": 1, "given_score": 4.2}"""), "derived:score_used"));
        Assert.Equal(("computed", "3.5"), Step(Screen(Text, """{"id": "a", "years": 6}"""), "derived:score_used"));
        Assert.Equal("unknown", Step(Screen(Text, """{"id": "a"}"""), "derived:score_used").Result);
    }

    [Fact]
    public void Screen_MaxAndMinAcrossUnits_CompareExactlyAndShowInTheDeclaredUnit()
    {
        // 1.2 MWh is 4.32 GJ, more than 3.6 GJ (which is 1 MWh).
        var decision = Screen(Text, """{"id": "a", "a": "1.2 MWh", "b": "3.6 GJ"}""");

        Assert.Equal(("computed", "1.2 MWh"), Step(decision, "derived:largest"));
        Assert.Equal(("computed", "3.6 GJ"), Step(decision, "derived:smallest"));
    }

    [Fact]
    public void Screen_MaxWithAnUnknownOption_IsUnknown()
    {
        Assert.Equal("unknown", Step(Screen(Text, """{"id": "a", "a": "1.2 MWh"}"""), "derived:largest").Result);
    }

    [Theory]
    [InlineData("""{"id": "a", "years": 12, "flag": true}""", "3", "yes")]
    [InlineData("""{"id": "a", "years": 12, "flag": false}""", "2", "yes")]
    [InlineData("""{"id": "a", "years": 1, "flag": false, "given_score": 1}""", "0", "no")]
    public void Screen_CountOfConditions_CountsTheMetOnes(string json, string count, string outcome)
    {
        var decision = Screen(Text, json);
        Assert.Equal(("computed", count), Step(decision, "derived:met"));
        Assert.Equal(outcome, decision.Outcome);
    }

    [Fact]
    public void Screen_CountWithAnUnknownCondition_IsUnknown()
    {
        var decision = Screen(Text, """{"id": "a", "years": 12}""");
        Assert.Equal("unknown", Step(decision, "derived:met").Result);
        Assert.Equal("insufficient_evidence", decision.Outcome);
    }
}
