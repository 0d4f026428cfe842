using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests;

/// <summary>The decision's missing list holds only unknown inputs whose value could change the outcome; every unknown is in Unknown.</summary>
public class DecisiveMissingTests
{
    private const string EitherRoute = """
        rubric routes version "1"
        outcome good
        outcome bad
        input quick: boolean optional
        input capacity: quantity in MW optional
        input area: quantity in m2 optional
        derived density = capacity / area in W/m2
        criterion quick_route when quick
        criterion dense_route when density > 5 W/m2
        classification
          good when quick_route or dense_route
          otherwise bad
        """;

    [Fact]
    public void Missing_OutcomeAlreadyDecided_ListsNothingDecisiveButKeepsEveryUnknown()
    {
        var decision = TextScreening.Screen(EitherRoute, """{"id": "d", "quick": true, "capacity": "50 MW"}""");

        Assert.Equal("good", decision.Outcome);
        Assert.Empty(decision.Missing);
        Assert.Equal(["area"], decision.Unknown.Select(m => m.Input));
    }

    [Fact]
    public void Missing_UndecidedByARatio_ListsTheDenominatorAsDecisive()
    {
        var decision = TextScreening.Screen(EitherRoute, """{"id": "d", "quick": false, "capacity": "50 MW"}""");

        Assert.Equal("insufficient_evidence", decision.Outcome);
        Assert.Equal(["area"], decision.Missing.Select(m => m.Input));
        Assert.Equal(decision.Missing, decision.Unknown);
    }

    [Fact]
    public void Missing_TwoUnknownsOfOneRatio_AreBothDecisive()
    {
        var decision = TextScreening.Screen(EitherRoute, """{"id": "d", "quick": false}""");

        Assert.Equal(["capacity", "area"], decision.Missing.Select(m => m.Input));
    }

    [Fact]
    public void Missing_InputOfALaterTier_IsDecisiveSinceTheEarlierTierMayFail()
    {
        const string rubric = """
            rubric tiers version "1"
            outcome best
            outcome mid
            outcome low
            input p: boolean optional
            input q: quantity in MW optional
            input r: quantity in MW optional
            criterion pc when p
            criterion qc when q >= 10 MW
            criterion informative when r >= 10 MW
            classification
              best when pc
              mid when qc
              otherwise low
            """;

        var decision = TextScreening.Screen(rubric, """{"id": "d"}""");

        Assert.Equal("insufficient_evidence", decision.Outcome);
        // q decides between mid and low once p turns out false; r feeds a criterion no tier reads.
        Assert.Equal(["p", "q"], decision.Missing.Select(m => m.Input));
        Assert.Equal(["p", "q", "r"], decision.Unknown.Select(m => m.Input));
    }

    [Fact]
    public void Missing_ChoiceInputThatSelectsTheRoute_IsDecisive()
    {
        const string rubric = """
            rubric choice version "1"
            outcome yes
            outcome no
            input activity: one of solar, wind, cars optional
            input emissions: quantity in gCO2/km optional
            criterion renewable when activity = solar or activity = wind
            criterion clean_car when activity = cars and emissions < 50 gCO2/km
            classification
              yes when renewable or clean_car
              otherwise no
            """;

        var decision = TextScreening.Screen(rubric, """{"id": "d", "emissions": "80 gCO2/km"}""");

        Assert.Equal(["activity"], decision.Missing.Select(m => m.Input));
    }

    [Fact]
    public void Json_WritesUnknownOnlyWhenItHoldsMoreThanMissing()
    {
        var decided = DecisionJson.Serialize(TextScreening.Screen(EitherRoute, """{"id": "d", "quick": true, "capacity": "50 MW"}"""));
        var undecided = DecisionJson.Serialize(TextScreening.Screen(EitherRoute, """{"id": "d", "quick": false, "capacity": "50 MW"}"""));

        Assert.Contains("\"missing\": [],\n  \"unknown\": [", decided, StringComparison.Ordinal);
        Assert.DoesNotContain("\"unknown\": [", undecided, StringComparison.Ordinal);
    }
}
