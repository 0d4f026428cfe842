using RubricEngine.Language.Dossiers;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests.Language;

public class YamlDossierTests
{
    private const string TwoDocuments = """
        id: Y1
        sector: energy
        has_permit: yes
        annual_generation: 50 MWh
        evidence:
          - {id: lca, document: LCA report, page: 12, verified_by: TUV, date: 2024-05-01}
        lifecycle_emissions: {value: 0.1 kgCO2e/kWh, evidence: [lca]}
        panel:
          - {expert: A, market: 4, technical: 2}
          - {expert: B, market: 4, technical: 2}
          - {expert: C, market: 4, technical: 2}
        ---
        id: Y2
        sector: energy
        has_permit: true
        lifecycle_emissions: [90 gCO2e/kWh, 120 gCO2e/kWh]
        """;

    [Fact]
    public void ReadYaml_SeveralDocuments_AreTypedAndScreened()
    {
        var screener = Screener.Create(TestRubrics.Emissions());
        var reader = screener.CreateReader(YamlDossierReader.Read);

        var result = screener.ScreenAll(reader.ReadText(TwoDocuments, "d.yaml", DossierFormat.Yaml));

        Assert.Equal(new Batch.ScreeningSummary(2, 0, 0), result.Summary);
        var first = result.Decisions.First();
        Assert.Equal(("Y1", "green"), (first.DossierId, first.Outcome));
        Assert.Equal(["lca"], first.Criterion("low_emissions").Values[0].Evidence);
        Assert.Equal("conflicting", result.Decisions.Last().Missing.Single(m => m.Input == "lifecycle_emissions").Reason);
    }

    [Fact]
    public void ReadYaml_SameDossierAsJson_HasTheSameContentHash()
    {
        var screener = Screener.Create(TestRubrics.Emissions());
        var yaml = screener.CreateReader(YamlDossierReader.Read).ReadText(TwoDocuments, "d.yaml", DossierFormat.Yaml).First().Dossier!;
        var json = """
            {"id": "Y1", "sector": "energy", "has_permit": true, "annual_generation": "50 MWh",
             "evidence": [{"id": "lca", "document": "LCA report", "page": "12", "verified_by": "TUV", "date": "2024-05-01"}],
             "lifecycle_emissions": {"value": "0.1 kgCO2e/kWh", "evidence": "lca"},
             "panel": [{"expert": "A", "market": 4, "technical": 2}, {"expert": "B", "market": 4, "technical": 2}, {"expert": "C", "market": 4, "technical": 2}]}
            """;
        var fromJson = screener.CreateReader().ReadText(json, "d.json", DossierFormat.Json).Single().Dossier!;

        Assert.Equal(screener.Screen(fromJson).DossierHash, screener.Screen(yaml).DossierHash);
    }

    [Fact]
    public void ReadYaml_MalformedDocument_FailsWithPositionAfterEarlierDossiers()
    {
        var text = "id: A\nsector: energy\n---\nid: B\nsector: [energy\n";
        var screener = Screener.Create(TestRubrics.Emissions());

        var result = screener.ScreenAll(screener.CreateReader(YamlDossierReader.Read).ReadText(text, "bad.yaml", DossierFormat.Yaml));

        Assert.Equal((1, 1), (result.Summary.Screened, result.Summary.Failed));
        Assert.StartsWith("bad.yaml(", result.Failures.Single().Source.Errors.Single().ToString(), StringComparison.Ordinal);
        Assert.Contains("error RUB0400: Malformed YAML:", result.Failures.Single().Source.Errors.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadYaml_WithoutAYamlReader_FailsTheFileWithAMessage()
    {
        var screener = Screener.Create(TestRubrics.Emissions());

        var result = screener.ScreenAll(screener.CreateReader().ReadText(TwoDocuments, "d.yaml", DossierFormat.Yaml));

        Assert.Equal(1, result.Summary.Failed);
        Assert.Contains("no YAML reader is configured", result.Failures.Single().Source.Errors.Single().Message, StringComparison.Ordinal);
    }
}
