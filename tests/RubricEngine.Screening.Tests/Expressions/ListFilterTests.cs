using static RubricEngine.Screening.Tests.Support.TextScreening;

namespace RubricEngine.Screening.Tests.Expressions;

/// <summary>"where" filters on list records, aggregates over the filtered records, and any/all over records: exact results.</summary>
public class ListFilterTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(Language.ShippedRubricTests.RepositoryRoot(), "tests", "fixtures", "constructs", "lists.rubric"));

    // D is senior without a score (left out of score aggregates); E's seniority is unknown, so E is not shown to be senior.
    private const string Panel = """
        {"id": "p", "panel": [
          {"expert": "A", "score": 4, "weight": 2, "senior": true, "energy": "1 MWh"},
          {"expert": "B", "score": 5, "weight": 1, "senior": false, "energy": "500 kWh"},
          {"expert": "C", "score": 2.5, "weight": 4, "senior": true, "energy": "3.6 GJ"},
          {"expert": "D", "weight": 1, "senior": true},
          {"expert": "E", "score": 3, "weight": 0.5}
        ]}
        """;

    [Theory]
    [InlineData("seniors", "3")]
    [InlineData("senior_sum", "6.5")]
    [InlineData("senior_mean", "3.25")]
    [InlineData("senior_median", "3.25")]
    [InlineData("senior_min", "2.5")]
    [InlineData("senior_max", "4")]
    [InlineData("weighted_high", "14.5")]
    [InlineData("senior_energy", "2 MWh")]
    public void Screen_FilteredAggregates_GiveExactResults(string derived, string expected)
    {
        Assert.Equal(("computed", expected), Step(Screen(Text, Panel), "derived:" + derived));
    }

    [Fact]
    public void Screen_AnyAndAllOverRecords_AreKleeneAndTracedOnce()
    {
        var decision = Screen(Text, Panel);

        Assert.Equal("met", Step(decision, "criterion:any_top").Result);
        var all = decision.Trace.Single(s => s.Rule == "criterion:all_scored");
        Assert.Equal("unknown", all.Result); // D has no score: nobody fails, but D is not shown to pass
        var condition = Assert.Single(all.Conditions);
        Assert.Equal(("all of panel where (score >= 1)", "all of panel where (score >= 1) = unknown"), (condition.Condition, condition.Values));
        Assert.Equal("yes", decision.Outcome);
    }

    [Fact]
    public void Screen_NoRecordPassesTheFilter_CountIsZeroAndTheMeanUnknown()
    {
        var decision = Screen(Text, """{"id": "q", "panel": [{"expert": "A", "score": 1, "senior": false}, {"expert": "B", "score": 2, "senior": false}]}""");

        Assert.Equal(("computed", "0"), Step(decision, "derived:seniors"));
        Assert.Equal("unknown", Step(decision, "derived:senior_mean").Result);
        Assert.Equal("not_met", Step(decision, "criterion:any_top").Result);
        Assert.Equal("met", Step(decision, "criterion:all_scored").Result);
    }
}
