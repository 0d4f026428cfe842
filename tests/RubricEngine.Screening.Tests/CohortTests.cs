using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Types;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;
using static RubricEngine.Screening.Tests.Support.Build;

namespace RubricEngine.Screening.Tests;

public class CohortTests
{
    internal static readonly Model.Rubrics.Rubric Survey = Rubric(
        "survey",
        [Input("patents", DecimalType.Instance), Input("sales", DecimalType.Instance)],
        [
            Criterion("significant_share", Op(BinaryOperator.GreaterOrEqual, Cohort(CohortFunction.Share, "patents"), Quantity("20 %"))),
            Criterion("top_two_sales", Cohort(CohortFunction.TopN, "sales", 2)),
            Criterion("above_median", Op(BinaryOperator.GreaterOrEqual, Cohort(CohortFunction.Percentile, "sales"), Number(0.5m))),
        ],
        [Tier("leader", Op(BinaryOperator.And, Crit("significant_share"), Crit("top_two_sales"))), Tier("riser", Crit("above_median"))],
        "other");

    internal const string Regions = """
        id,patents,sales
        north,50,900
        south,30,500
        east,10,700
        west,10,100
        unknown,,300
        """;

    [Theory]
    [InlineData(ScreeningEngine.Compiled)]
    public void ScreenBatch_CohortAggregates_SeeTheWholeBatch(ScreeningEngine engine)
    {
        var screener = Screener.Create(Survey, new ScreenerOptions { Engine = engine, Threads = 2 });

        var result = screener.ScreenAll(screener.CreateReader().ReadText(Regions, "regions.csv", DossierFormat.Csv));

        var outcomes = result.Decisions.ToDictionary(d => d.DossierId, d => d.Outcome);
        // Patents total 100 (the region without a figure is left out): north 50 %, south 30 %, east and west 10 %.
        Assert.Equal("leader", outcomes["north"]);
        Assert.Equal("other", outcomes["south"]);   // 30 % share, but sales rank 3rd of 5 and percentile 2/5
        Assert.Equal("riser", outcomes["east"]);    // sales rank 2nd (percentile 3/5), but a 10 % share
        Assert.Equal("other", outcomes["west"]);
        // Its share is unknown, but it is definitely not in the top two, so "leader" is not met (Kleene) and it falls through.
        Assert.Equal("other", outcomes["unknown"]);
        Assert.Equal(Truth.Unknown, result.Decisions.Single(d => d.DossierId == "unknown").Criterion("significant_share").Verdict);
        var east = result.Decisions.Single(d => d.DossierId == "east");
        Assert.Equal(Truth.Met, east.Criterion("top_two_sales").Verdict);
        Assert.Equal(Truth.NotMet, east.Criterion("significant_share").Verdict);
    }

    [Fact]
    public void ScreenBatch_CohortRubric_EnginesAgree()
    {
        var direct = Screener.Create(Survey, new ScreenerOptions { Engine = ScreeningEngine.Compiled });
        var rules = Screener.Create(Survey, new ScreenerOptions { Engine = ScreeningEngine.Compiled });

        var a = direct.ScreenAll(direct.CreateReader().ReadText(Regions, "r.csv", DossierFormat.Csv)).Decisions.Select(d => d with { Trace = [] });
        var b = rules.ScreenAll(rules.CreateReader().ReadText(Regions, "r.csv", DossierFormat.Csv)).Decisions.Select(d => d with { Trace = [] });

        Assert.Equal(a, b);
    }

    private static CohortExpr Cohort(CohortFunction function, string subject, decimal? parameter = null) =>
        new(function, Ref(subject, DecimalType.Instance), parameter,
            function == CohortFunction.TopN ? BooleanType.Instance : DecimalType.Instance, Here);
}
