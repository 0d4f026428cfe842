using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;
using static RubricEngine.Screening.Tests.Support.TextScreening;

namespace RubricEngine.Screening.Tests.Expressions;

/// <summary>
/// Scores over scored indicators, named classifications, notes and value ranges, on
/// <c>tests/fixtures/constructs/decisions.rubric</c>: exact decimals, the rules that make a score unknown, each
/// classification with its own gates, notes that change no outcome, and out-of-range values as dossier errors.
/// </summary>
public class DecisionConstructTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(Language.ShippedRubricTests.RepositoryRoot(), "tests", "fixtures", "constructs", "decisions.rubric"));

    private static string Panel(string a, string b) => $$"""{"id": "d", "panel": [{"expert": "A", {{a}}}, {"expert": "B", {{b}}}]""";

    [Fact]
    public void Screen_OneIndicatorUnscored_RenormalisesOverTheScoredWeights()
    {
        // market 4.5 (weight 5), team 3.5 (weight 3), patent unscored (weight 2): 33 / 8.
        var decision = Screen(Text, Panel("\"market\": 4, \"team\": 3", "\"market\": 5, \"team\": 4") + "}");

        Assert.Equal(4.125m, decision.Score!.Value);
        Assert.Equal(0.2m, decision.Score.UnscoredShare);
        Assert.True(decision.Score.IsPartial);
        Assert.Null(decision.Score.Groups[0].Indicators[2].Score);
        Assert.Contains("\"value\":4.125,\"partial\":true,\"unscored_share\":0.2,", DecisionJson.Serialize(decision, indented: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_EveryIndicatorScored_IsTheFullWeightedMeanAndNotPartial()
    {
        // (4.5 × 5 + 3.5 × 3 + 3 × 2) / 10.
        var decision = Screen(Text, Panel("\"market\": 4, \"team\": 3, \"patent\": 3", "\"market\": 5, \"team\": 4, \"patent\": 3") + "}");

        Assert.Equal(3.9m, decision.Score!.Value);
        Assert.Equal(0m, decision.Score.UnscoredShare);
        Assert.False(decision.Score.IsPartial);
        Assert.Contains("\"partial\":false,\"unscored_share\":0,", DecisionJson.Serialize(decision, indented: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_RequiredIndicatorUnscored_LeavesTheScoreUnknownNeverImputed()
    {
        var decision = Screen(Text, Panel("\"team\": 3, \"patent\": 3", "\"team\": 4, \"patent\": 3") + ", \"conflict_of_interest\": false}");

        Assert.Null(decision.Score!.Value);
        Assert.Equal(("unknown", "required indicator 'market' is not scored"), Step(decision, "score:total"));
        Assert.Equal("insufficient_evidence", decision.Outcome);
    }

    [Fact]
    public void Screen_UnscoredWeightAboveTheLimit_LeavesTheScoreUnknown()
    {
        // team (3) and patent (2) unscored: half the weight, more than the 30 % allowed.
        var decision = Screen(Text, Panel("\"market\": 4", "\"market\": 5") + "}");

        Assert.Null(decision.Score!.Value);
        Assert.Equal(0.5m, decision.Score.UnscoredShare);
        Assert.Equal(("unknown", "50% of the weight is unscored, more than 30%"), Step(decision, "score:total"));
    }

    [Fact]
    public void Screen_UnscoredWeightAtTheLimit_IsScored()
    {
        var rubric = Text.Replace("unscored weight at most 30 %", "unscored weight at most 20 %", StringComparison.Ordinal);
        var decision = Screen(rubric, Panel("\"market\": 4, \"team\": 3", "\"market\": 5, \"team\": 4") + "}");

        Assert.Equal(4.125m, decision.Score!.Value);
    }

    [Fact]
    public void Examples_ExpectingTheSecondClassificationsOutcome_PassWhenItIsGiven()
    {
        var results = Screener(Text).CheckExamples();

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Empty(r.Mismatches));
        Assert.Equal(["loan", "loan", "insufficient_evidence"], results.Select(r => r.Decision.Classifications!.Value[1].Outcome));
    }

    [Fact]
    public void Examples_ExpectingAnotherOutcomeOfTheSecondClassification_FailWithBothOutcomes()
    {
        var rubric = Text.Replace("  expect outcome no_grant\n  expect loan_gate outcome loan", "  expect outcome no_grant\n  expect loan_gate outcome no_loan", StringComparison.Ordinal);
        var results = Screener(rubric).CheckExamples();

        Assert.Equal(["classification loan_gate: expected no_loan, got loan (tier 'loan' is met)"], results[1].Mismatches);
        Assert.Empty(results[0].Mismatches);
    }

    [Fact]
    public void Screen_TwoClassifications_EachWithItsOwnGatesAndOutcome()
    {
        var decision = Screen(Text, Panel("\"market\": 4, \"team\": 3, \"patent\": 3", "\"market\": 5, \"team\": 4, \"patent\": 3") + ", \"conflict_of_interest\": true}");

        Assert.Equal(
            [new ClassificationResult("grant_gate", "no_grant", "gate 'independent' is not met"), new ClassificationResult("loan_gate", "loan", "tier 'loan' is met")],
            decision.Classifications!.Value);
        Assert.Equal(("no_grant", "gate 'independent' is not met"), (decision.Outcome, decision.Reason));
        Assert.Contains(
            "\"classifications\":[{\"name\":\"grant_gate\",\"outcome\":\"no_grant\",\"reason\":\"gate 'independent' is not met\"},{\"name\":\"loan_gate\",\"outcome\":\"loan\",\"reason\":\"tier 'loan' is met\"}]",
            DecisionJson.Serialize(decision, indented: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5", true)]
    [InlineData("4.8", false)]
    [InlineData("4.9", true)]
    [InlineData("2.9", true)]
    public void Screen_ClaimFarFromTheScore_AttachesTheWarningWithoutChangingTheOutcome(string claimed, bool attached)
    {
        // The panel gives 3.9; a claim 1 or more away is far (4.9 is exactly 1 away: decimals, not doubles).
        var json = Panel("\"market\": 4, \"team\": 3, \"patent\": 3", "\"market\": 5, \"team\": 4, \"patent\": 3") + ", \"conflict_of_interest\": false";
        var without = Screen(Text, json + "}");
        var with = Screen(Text, json + $", \"claimed_total\": {claimed}}}");

        if (attached)
        {
            var note = Assert.Single(with.Notes!.Value);
            Assert.Equal(("claim_far", "warning", "claimed_total - total >= 1 or total - claimed_total >= 1"), (note.Name, note.Kind, note.Condition));
            Assert.Equal(("claimed_total", claimed), (note.Values.Single().Name, note.Values.Single().Value));
        }
        else
        {
            Assert.Empty(with.Notes!.Value);
        }
        Assert.Empty(without.Notes!.Value);
        Assert.Equal(without.Outcome, with.Outcome);
        Assert.Equal(without.Classifications, with.Classifications);
    }

    [Theory]
    [InlineData("\"team\": 7", "d.json(1,60): error RUB0430: 'panel.team' must be from 1 to 5, but the value is 7")]
    [InlineData("\"team\": 0", "d.json(1,60): error RUB0430: 'panel.team' must be from 1 to 5, but the value is 0")]
    [InlineData("\"team\": 2.5", "d.json(1,60): error RUB0403: 'panel.team' expects integer, but the value is '2.5'")]
    public void Read_ScoreOutsideItsRange_IsAnErrorOfThatDossierNeverClamped(string field, string expected)
    {
        var screener = Screener(Text);
        var json = Panel("\"market\": 4, " + field, "\"market\": 5") + "}";
        var read = screener.CreateReader().ReadText(json, "d.json", DossierFormat.Json).Single();

        Assert.False(read.Succeeded);
        Assert.Null(read.Dossier);
        Assert.Equal([expected], read.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Read_ScalarInputOutsideItsRange_IsAnErrorAtItsLine()
    {
        var read = Screener(Text).CreateReader(RubricEngine.Language.Dossiers.YamlDossierReader.Read)
            .ReadText("id: d\npanel:\n  - {expert: A, market: 4}\n  - {expert: B, market: 5}\nclaimed_total: 5.5\n", "d.yaml", DossierFormat.Yaml).Single();

        Assert.Equal(["d.yaml(5,16): error RUB0430: 'claimed_total' must be from 1 to 5, but the value is 5.5"], read.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Screen_RubricWithoutTheseConstructs_WritesNoneOfTheirFields()
    {
        var root = Language.ShippedRubricTests.RepositoryRoot();
        var screener = Screener(File.ReadAllText(Path.Combine(root, "rubrics", "gib.rubric")));
        var sample = Directory.GetFiles(Path.Combine(root, "samples", "gib"), "*.yaml").Order(StringComparer.Ordinal).First();
        var read = screener.CreateReader(RubricEngine.Language.Dossiers.YamlDossierReader.Read).ReadText(File.ReadAllText(sample), sample, DossierFormat.Yaml).Single();
        var json = DecisionJson.Serialize(screener.Screen(read.Dossier!), indented: false);

        Assert.DoesNotContain("\"classifications\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"notes\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"partial\"", json, StringComparison.Ordinal);
    }
}
