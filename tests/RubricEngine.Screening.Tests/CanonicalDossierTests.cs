using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Units;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests;

/// <summary>The canonical dossier content a decision store keeps: it reads back into the same dossier, byte for byte.</summary>
public class CanonicalDossierTests
{
    [Fact]
    public void Read_CanonicalContent_WritesTheSameBytesAgainAndKeepsDecimalScale()
    {
        var screener = Screener.Create(TestRubrics.Emissions());
        var json = """
            {"id": "Y1", "assessment_date": "2026-01-15", "sector": "energy", "has_permit": true, "annual_generation": "50.50 MWh",
             "evidence": [{"id": "lca", "document": "LCA report", "page": "12", "verified_by": "TÜV", "date": "2024-05-01"}],
             "lifecycle_emissions": {"value": "0.100 kgCO2e/kWh", "evidence": "lca"},
             "panel": [{"expert": "A", "market": 4, "technical": 2.0}, {"expert": "B", "market": 4, "technical": 2}, {"expert": "C", "market": 4, "technical": 2}]}
            """;
        var dossier = screener.CreateReader().ReadText(json, "d.json", DossierFormat.Json).Single().Dossier!;

        var canonical = CanonicalDossier.Utf8(dossier);
        var text = System.Text.Encoding.UTF8.GetString(canonical);
        var read = CanonicalDossier.Read(text, "stored", UnitScope.Catalog);

        Assert.Equal(canonical, CanonicalDossier.Utf8(read));
        Assert.Contains("\"quantity\":\"50.50\"", text, StringComparison.Ordinal);
        Assert.Contains("\"quantity\":\"0.100\"", text, StringComparison.Ordinal);
        Assert.Contains("TÜV", text, StringComparison.Ordinal); // UTF-8 as it is, not escaped
        Assert.Equal(screener.Screen(dossier).DossierHash, screener.Screen(read).DossierHash);
        Assert.Equal(Serialized(screener, dossier), Serialized(screener, read));
    }

    [Fact]
    public void Read_ContentThatIsNotCanonical_IsAFormatException()
    {
        Assert.Throws<FormatException>(() => CanonicalDossier.Read("{\"id\": 1}", "stored", UnitScope.Catalog));
        Assert.Throws<FormatException>(() => CanonicalDossier.Read("not json", "stored", UnitScope.Catalog));
    }

    private static string Serialized(Screener screener, Model.Dossiers.Dossier dossier) =>
        Decisions.DecisionJson.Serialize(screener.Screen(dossier), indented: false);
}
