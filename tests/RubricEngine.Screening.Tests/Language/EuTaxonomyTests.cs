using RubricEngine.Language;
using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Tests.Language;

/// <summary>The shipped EU Taxonomy rubric over a YAML dossier: units, verified evidence, and a missing list that only names what matters.</summary>
public class EuTaxonomyTests
{
    private const string Hydro = """
        id: hydro-1
        assessment_date: 2025-06-30
        evidence:
          - {id: lca, document: LCA study, page: 14, verified_by: TÜV SÜD, date: 2024-11-02, method: ISO 14067:2018}
        activity: hydropower
        run_of_river: false
        installed_capacity: 120 MW
        reservoir_area: 40000000 m2
        lifecycle_emissions: [{value: 0.09 kgCO2e/kWh, evidence: lca}, 140 gCO2e/kWh]
        dnsh_adaptation: true
        dnsh_water: true
        dnsh_circular_economy: true
        dnsh_pollution: true
        dnsh_biodiversity: true
        minimum_safeguards: true
        """;

    [Fact]
    public void Screen_HydropowerWithVerifiedLca_IsAlignedAndListsOnlyMissingEvidenceThatMatters()
    {
        var rubric = RubricLoader.LoadFile(Path.Combine(ShippedRubricTests.RepositoryRoot(), "rubrics", "eu-taxonomy.rubric")).Value!;
        var screener = Screener.Create(rubric);

        var read = screener.CreateReader(YamlDossierReader.Read).ReadText(Hydro, "hydro.yaml", DossierFormat.Yaml).Single();
        var decision = screener.Screen(read.Dossier!);

        Assert.Equal("aligned", decision.Outcome);
        var lifecycle = decision.Criteria.Single(c => c.Name == "hydro_lifecycle");
        Assert.Equal(Truth.Met, lifecycle.Verdict);
        Assert.Equal(("0.09 kgCO2e/kWh", "lca"), (lifecycle.Values[0].Value, lifecycle.Values[0].Evidence.Single()));
        Assert.Equal("3 W/m2", decision.Criteria.Single(c => c.Name == "hydro_power_density").Values[0].Value);
        // Transmission, buildings and manufacturing inputs are missing too, but their criteria fail on the activity;
        // the zero-emission car criterion stays unknown, but cannot change an aligned hydropower plant.
        Assert.Empty(decision.Missing);
        Assert.Equal(["tailpipe_emissions"], decision.Unknown.Select(m => m.Input));
    }
}
