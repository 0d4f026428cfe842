using RubricEngine.Authoring.Sensitivity;
using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Authoring.Tests;

public class SensitivityTests
{
    [Theory]
    [InlineData("E05-reservoir-exactly-5wm2", "criterion:hydro_power_density", "power_density > 5 W/m2", "0", "W/m2", false)]
    [InlineData("E10-biomethane-exactly-100", "criterion:renewable_fuels", "activity = renewable_fuels_electricity and lifecycle_emissions < 100 gCO2e/kWh", null, null, null)]
    [InlineData("E18-nzeb-exactly-10", "criterion:new_building", "below_nzeb >= 10 %", "0", "%", true)]
    [InlineData("E06-reservoir-low-lca", "criterion:hydro_lifecycle", "lifecycle_emissions < 100 gCO2e/kWh", "-20", "gCO2e/kWh", true)]
    public void Margin_OnThresholdCases_IsExactInTheThresholdsUnit(string sample, string rule, string condition, string? margin, string? unit, bool? holds)
    {
        var (rubric, dossier, decision) = Screen("rubrics/eu-taxonomy.rubric", $"samples/eu-taxonomy/{sample}.yaml");
        var report = SensitivityAnalysis.Analyse(rubric, dossier, decision);
        var criterion = rubric.Criterion(rule.Split(':')[1])!;
        var found = report.Margins.Where(m => m.Rule == rule).ToList();
        Assert.NotEmpty(found);
        if (margin is null)
        {
            // E10 sits exactly on 100 gCO2e/kWh: the lifecycle comparison's margin is 0 and the strict '<' fails.
            var lifecycle = Assert.Single(found, m => m.Comparison == "lifecycle_emissions < 100 gCO2e/kWh");
            Assert.Equal((0m, "gCO2e/kWh", false), (lifecycle.Margin!.Value, lifecycle.Unit, lifecycle.Holds!.Value));
            Assert.Equal(condition, Model.Expressions.ExprText.Format(criterion.Condition));
            return;
        }

        var only = Assert.Single(found);
        Assert.Equal(condition, only.Comparison);
        Assert.Equal(decimal.Parse(margin, System.Globalization.CultureInfo.InvariantCulture), only.Margin);
        Assert.Equal(unit, only.Unit);
        Assert.Equal(holds, only.Holds);
    }

    /// <summary>Values in units the rubric declares are read with the rubric's units, not the catalogue's alone.</summary>
    [Theory]
    [InlineData("criterion:large", "production >= 0.001 MtH2", "0.001", "MtH2", true)]
    [InlineData("criterion:clean", "intensity < 3 kgCO2e/kgH2", "-0.5", "kgCO2e/kgH2", true)]
    public void Margin_InDeclaredUnits_IsExactInTheThresholdsUnit(string rule, string comparison, string margin, string unit, bool holds)
    {
        var rubric = Repository.Load("tests/fixtures/constructs/units.rubric");
        var dossier = rubric.Examples[0].Dossier;
        var report = SensitivityAnalysis.Analyse(rubric, dossier, Screener.Create(rubric).Screen(dossier));
        var found = Assert.Single(report.Margins, m => m.Rule == rule && m.Comparison == comparison);
        Assert.Equal((decimal.Parse(margin, System.Globalization.CultureInfo.InvariantCulture), unit, holds), (found.Margin, found.Unit, found.Holds));
    }

    [Fact]
    public void Margin_OfTheTotal_IsTheDecisionsScoreMinusTheThreshold()
    {
        var (rubric, dossier, decision) = Screen("rubrics/yeda.rubric", "samples/yeda/Y03-green-ammonia.yaml");
        var report = SensitivityAnalysis.Analyse(rubric, dossier, decision);
        var transfer = Assert.Single(report.Margins, m => m.Rule == "tier:transfer" && m.Comparison == "total >= 3.5");
        Assert.Equal(decision.Score!.Value!.Value - 3.5m, transfer.Margin);
        Assert.True(transfer.Holds);
    }

    /// <summary>The smallest indicator change is checked against fresh screenings: at it the outcome differs, a hair short of it it does not.</summary>
    [Fact]
    public void IndicatorChange_IsTheSmallestThatChangesTheOutcome()
    {
        var (rubric, dossier, decision) = Screen("rubrics/yeda.rubric", "samples/yeda/Y03-green-ammonia.yaml");
        var report = SensitivityAnalysis.Analyse(rubric, dossier, decision);
        var market = Assert.Single(report.Indicators, i => i.Indicator == "market_needs");
        var lower = Assert.IsType<ScoreChange>(market.Lower);
        Assert.Equal("patent_first", lower.Outcome);

        // Total = weighted mean; market needs carries 5.0 of the 61.0 total weight, so a drop of d moves the total by 5d/61.
        var expected = (decision.Score!.Value!.Value - 3.5m) * 61.0m / 5.0m;
        Assert.True(Math.Abs(lower.By - expected) < 0.0000001m, $"{lower.By} vs {expected}");
        Assert.Equal("transfer", OutcomeWithMarketNeeds(rubric, dossier, market.Score!.Value - lower.By + 0.001m));
        Assert.Equal("patent_first", OutcomeWithMarketNeeds(rubric, dossier, market.Score!.Value - lower.By - 0.001m));
    }

    [Fact]
    public void WeightStep_GivesTheOutcomeAndScoreOfAFreshScreeningWithThatWeight()
    {
        var (rubric, dossier, decision) = Screen("rubrics/yeda.rubric", "samples/yeda/Y04-membrane-desalination.yaml");
        var report = SensitivityAnalysis.Analyse(rubric, dossier, decision, weightStepPercent: 50m);
        Assert.Equal(2 * (1 + rubric.Indicators.Count()), report.Weights.Count);
        var raised = Assert.Single(report.Weights, w => w.Name == "market_needs" && w.NewWeight > w.Weight);
        Assert.Equal(7.5m, raised.NewWeight);

        // The same weight written into the rubric text and loaded: the outcome and score must agree exactly.
        var text = File.ReadAllText(Repository.PathOf("rubrics/yeda.rubric")).Replace("indicator market_needs weight 5.0", "indicator market_needs weight 7.5", StringComparison.Ordinal);
        var changed = Language.RubricLoader.LoadText("yeda-7.5.rubric", text).Value!;
        var fresh = Screener.Create(changed).Screen(dossier);
        Assert.Equal((fresh.Outcome, fresh.Score!.Value), (raised.Outcome, raised.Score));
        Assert.NotEqual(decision.Score!.Value, raised.Score);
    }

    [Fact]
    public void SensitivityField_IsAddedAfterTheDecisionsOwnBytes()
    {
        var (rubric, dossier, decision) = Screen("rubrics/eu-taxonomy.rubric", "samples/eu-taxonomy/E06-reservoir-low-lca.yaml");
        var plain = DecisionJson.Serialize(decision);
        var with = SensitivityJson.AddTo(plain, SensitivityAnalysis.Analyse(rubric, dossier, decision));
        var lastProperty = plain.TrimEnd()[..^1].TrimEnd();
        Assert.StartsWith(lastProperty + ",\n  \"sensitivity\": {", with, StringComparison.Ordinal);
        using var parsed = System.Text.Json.JsonDocument.Parse(with);
        var margin = parsed.RootElement.GetProperty("sensitivity").GetProperty("margins").EnumerateArray()
            .Single(m => m.GetProperty("rule").GetString() == "criterion:hydro_lifecycle");
        Assert.Equal(-20m, margin.GetProperty("margin").GetDecimal());
        Assert.Equal("gCO2e/kWh", margin.GetProperty("unit").GetString());
    }

    private static string OutcomeWithMarketNeeds(Rubric rubric, Dossier dossier, decimal score)
    {
        var indicator = rubric.Indicators.Single(i => i.Name == "market_needs");
        var literal = new Model.Expressions.LiteralExpr(new Model.Values.NumberValue(score), indicator.Score.Type, indicator.Score.Span);
        var variant = rubric with
        {
            Groups = Model.Collections.ValueArray.ToValueArray(rubric.Groups.Select(g => g with
            {
                Indicators = Model.Collections.ValueArray.ToValueArray(g.Indicators.Select(i => i.Name == "market_needs" ? i with { Score = literal } : i)),
            })),
        };
        return Screener.Create(variant).Screen(dossier).Outcome;
    }

    private static (Rubric Rubric, Dossier Dossier, Decision Decision) Screen(string rubricPath, string dossierPath)
    {
        var rubric = Repository.Load(rubricPath);
        var screener = Screener.Create(rubric);
        var read = Assert.Single(screener.CreateReader(YamlDossierReader.Read).ReadFile(Repository.PathOf(dossierPath)));
        Assert.NotNull(read.Dossier);
        return (rubric, read.Dossier!, screener.Screen(read.Dossier!));
    }
}
