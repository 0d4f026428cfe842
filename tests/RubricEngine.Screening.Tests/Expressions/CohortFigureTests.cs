using static RubricEngine.Screening.Tests.Support.TextScreening;

namespace RubricEngine.Screening.Tests.Expressions;

/// <summary>Cohort aggregates with "where", subsets, top-N sums and shares, min/max/median/percentile and members by id: exact results.</summary>
public class CohortFigureTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(Language.ShippedRubricTests.RepositoryRoot(), "tests", "fixtures", "constructs", "cohorts.rubric"));

    // The national row is screened but excluded from every regional figure.
    private const string Cohort = """
        [
          {"id": "Shanghai", "sales": "40 CNY", "region": "east"},
          {"id": "Jiangsu", "sales": "30 CNY", "region": "east"},
          {"id": "Hubei", "sales": "20 CNY", "region": "central"},
          {"id": "Gansu", "sales": "10 CNY", "region": "west"},
          {"id": "China", "sales": "100 CNY", "region": "national"}
        ]
        """;

    [Theory]
    [InlineData("eastern_share", "0.7")]
    [InlineData("regional_total", "100 CNY")]
    [InlineData("smallest", "10 CNY")]
    [InlineData("largest", "40 CNY")]
    [InlineData("typical", "25 CNY")]
    [InlineData("p75", "30 CNY")]
    [InlineData("top2", "70 CNY")]
    [InlineData("top2_share", "0.7")]
    public void ScreenCohort_CohortFigures_AreExactAndLeaveTheExcludedRowOut(string derived, string expected)
    {
        var decisions = ScreenCohort(Text, Cohort);
        Assert.All(decisions, d => Assert.Equal(("computed", expected), Step(d, "derived:" + derived)));
    }

    [Fact]
    public void ScreenCohort_MemberById_GivesRatiosToThatMember()
    {
        var decisions = ScreenCohort(Text, Cohort);

        Assert.Equal(("computed", "0.5"), Step(decisions.Single(d => d.DossierId == "Hubei"), "derived:versus_shanghai"));
        Assert.Equal(("computed", "2.5"), Step(decisions.Single(d => d.DossierId == "China"), "derived:versus_shanghai"));
    }

    [Fact]
    public void ScreenCohort_ExcludedRow_IsScreenedWithUnknownOwnShareAndRank()
    {
        var decisions = ScreenCohort(Text, Cohort);

        var national = decisions.Single(d => d.DossierId == "China");
        Assert.Equal("unknown", Step(national, "derived:own_share").Result);
        Assert.Equal(("computed", "0.3"), Step(decisions.Single(d => d.DossierId == "Jiangsu"), "derived:own_share"));
        Assert.Equal(["leader", "leader", "other", "other", "insufficient_evidence"], decisions.Select(d => d.Outcome));
    }

    [Fact]
    public void ScreenCohort_UnknownMemberId_IsUnknownWithTheReasonInTheTrace()
    {
        var decisions = ScreenCohort(Text.Replace("\"Shanghai\"", "\"Shanghia\"", StringComparison.Ordinal), Cohort);

        var step = decisions[0].Trace.Single(s => s.Rule == "cohort:sales of \"Shanghia\"");
        Assert.Equal(("unknown", "no member 'Shanghia' in the cohort"), (step.Result, step.Value));
        Assert.Equal(("unknown", "no member 'Shanghia' in the cohort"), Step(decisions[0], "derived:versus_shanghai"));
    }

    [Fact]
    public void ScreenCohort_ExcludeFromCohort_LeavesTheRowOutOfEveryFigureButReadsItById()
    {
        var text = File.ReadAllText(Path.Combine(Language.ShippedRubricTests.RepositoryRoot(), "tests", "fixtures", "constructs", "exclusion.rubric"));
        var decisions = ScreenCohort(text, Cohort);

        Assert.All(decisions, d => Assert.Equal(("computed", "100 CNY"), Step(d, "derived:total")));
        Assert.Equal(("computed", "0.3"), Step(decisions.Single(d => d.DossierId == "Jiangsu"), "derived:own_share"));
        Assert.Equal(("computed", "2"), Step(decisions.Single(d => d.DossierId == "Jiangsu"), "derived:place"));
        Assert.Equal(("computed", "0.4"), Step(decisions.Single(d => d.DossierId == "Shanghai"), "derived:versus_national"));
        var national = decisions.Single(d => d.DossierId == "China");
        Assert.Equal(("unknown", "excluded from the cohort"), Step(national, "derived:own_share"));
        Assert.Equal(("unknown", "excluded from the cohort"), Step(national, "derived:place"));
        Assert.Equal(["leader", "leader", "other", "other", "reference"], decisions.Select(d => d.Outcome));
    }

    [Fact]
    public void ScreenCohort_CohortStep_CarriesTheFiguresBehindItsValue()
    {
        var text = File.ReadAllText(Path.Combine(Language.ShippedRubricTests.RepositoryRoot(), "tests", "fixtures", "constructs", "exclusion.rubric"));
        var jiangsu = ScreenCohort(text, Cohort).Single(d => d.DossierId == "Jiangsu");

        var share = jiangsu.Trace.Single(s => s.Rule == "cohort:share of sales");
        Assert.Equal("0.3", share.Value);
        Assert.Equal(["members=4", "total=100 CNY", "own=30 CNY", "rank=2"], share.Cohort.Select(f => $"{f.Name}={f.Value}"));
        var rank = jiangsu.Trace.Single(s => s.Rule == "cohort:rank by sales");
        Assert.Equal(["members=4", "own=30 CNY"], rank.Cohort.Select(f => $"{f.Name}={f.Value}"));
        Assert.Empty(jiangsu.Trace.Single(s => s.Rule == "cohort:sales of \"China\"").Cohort);
        Assert.All(jiangsu.Trace.Where(s => !s.Rule.StartsWith("cohort:", StringComparison.Ordinal)), s => Assert.Empty(s.Cohort));
    }
}
