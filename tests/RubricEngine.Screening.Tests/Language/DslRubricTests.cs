using RubricEngine.Language;
using RubricEngine.Model.Logic;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Tests.Language;

/// <summary>Thresholds and units through a rubric written in the DSL, screened from CSV, as a user would.</summary>
public class DslRubricTests
{
    private const string Text = """
        rubric thresholds version "1"
          title en "Thresholds"

        outcome green
          title en "Green"
        outcome not_green
          title en "Not green"

        input lifecycle_emissions: quantity in gCO2e/kWh optional
          title en "Life-cycle emissions"

        criterion low when lifecycle_emissions <= 100 gCO2e/kWh
          title en "At most 100 gCO2e/kWh"
          cites "Annex I 4.5 (1)"
        criterion very_low when lifecycle_emissions < 50 gCO2e/kWh
          title en "Below 50 gCO2e/kWh"

        classification
          green when low
          otherwise not_green
        """;

    [Theory]
    [InlineData(ScreeningEngine.Compiled)]
    public void ScreenCsv_AgainstDslRubric_ComparesExactlyAcrossUnits(ScreeningEngine engine)
    {
        var loaded = RubricLoader.LoadText("thresholds.rubric", Text);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var screener = Screener.Create(loaded.Value!, new ScreenerOptions { Engine = engine });
        var csv = "id,lifecycle_emissions [gCO2e/kWh]\nexact,100\nkilo,0.1 kgCO2e/kWh\nabove,100.001\nstrict,50\nnone,\n";

        var decisions = screener.ScreenAll(screener.CreateReader().ReadText(csv, "t.csv", DossierFormat.Csv)).Decisions.ToDictionary(d => d.DossierId);

        Assert.Equal("green", decisions["exact"].Outcome);
        Assert.Equal("green", decisions["kilo"].Outcome);
        Assert.Equal("not_green", decisions["above"].Outcome);
        Assert.Equal(Truth.NotMet, decisions["strict"].Criteria.Single(c => c.Name == "very_low").Verdict);
        Assert.Equal(Model.Rubrics.Rubric.InsufficientEvidence, decisions["none"].Outcome);
        Assert.Equal("Annex I 4.5 (1)", decisions["exact"].Criteria[0].Citation);
    }
}
