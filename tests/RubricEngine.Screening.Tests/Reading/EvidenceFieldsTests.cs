using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Dossiers;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Tests.Reading;

/// <summary>
/// The YAML, JSON and CSV dossier formats carry an evidence item's methodology and verification kind beside its
/// document, page, verifier and date (docs/screening.md, Evidence items); a word that is no kind fails the dossier.
/// </summary>
public class EvidenceFieldsTests
{
    private const string Rubric = """
        rubric cement
        outcome aligned
        outcome not_aligned
        input clinker: quantity in tCO2e/t
          requires method "Regulation (EU) 2019/331"
          requires verified as accredited
        criterion low when clinker < 0.722 tCO2e/t
        classification
          aligned when low
          otherwise not_aligned
        """;

    public static TheoryData<string, string, DossierFormat> Dossiers(string kind) => new()
    {
        {
            "d.yaml",
            $"id: C-01\nevidence:\n  - {{id: ets, document: EU ETS report, page: \"4\", verified_by: Bureau Veritas, date: 2025-03-01, method: Regulation (EU) 2019/331, verification: {kind}}}\nclinker: {{value: 0.69 tCO2e/t, evidence: [ets]}}\n",
            DossierFormat.Yaml
        },
        {
            "d.json",
            $$$"""{"id": "C-01", "evidence": [{"id": "ets", "document": "EU ETS report", "page": "4", "verified_by": "Bureau Veritas", "date": "2025-03-01", "method": "Regulation (EU) 2019/331", "verification": "{{{kind}}}"}], "clinker": {"value": "0.69 tCO2e/t", "evidence": ["ets"]}}""",
            DossierFormat.Json
        },
        {
            "d.csv",
            $"id,evidence,clinker\nC-01,ets; EU ETS report; 4; Bureau Veritas; 2025-03-01; Regulation (EU) 2019/331; {kind},0.69 tCO2e/t @ets\n",
            DossierFormat.Csv
        },
    };

    public static TheoryData<string, string, DossierFormat> Accredited() => Dossiers("accredited");

    public static TheoryData<string, string, DossierFormat> Misspelt() => Dossiers("acredited");

    [Theory]
    [MemberData(nameof(Accredited))]
    public void Read_EvidenceItem_CarriesMethodAndVerificationKindBesideTheOtherFields(string path, string text, DossierFormat format)
    {
        var read = Assert.Single(Reader().ReadText(text, path, format));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var item = Assert.Single(read.Dossier!.Evidence);
        Assert.Equal(
            ("ets", "EU ETS report", "4", "Bureau Veritas", new DateOnly(2025, 3, 1), "Regulation (EU) 2019/331", VerificationKind.Accredited),
            (item.Id, item.Document, item.Page, item.VerifiedBy, item.Date, item.Method, item.Verification));
        Assert.Equal("aligned", Screener.Create(Load()).Screen(read.Dossier).Outcome);
    }

    [Theory]
    [MemberData(nameof(Misspelt))]
    public void Read_VerificationWordThatIsNoKind_FailsTheDossierAtTheWord(string path, string text, DossierFormat format)
    {
        var read = Assert.Single(Reader().ReadText(text, path, format));
        Assert.False(read.Succeeded);
        var error = Assert.Single(read.Diagnostics, d => d.IsError).ToString();
        // YAML and JSON point at the word; CSV at the evidence cell that holds it.
        var at = new Dictionary<string, string> { ["d.yaml"] = "(3,146)", ["d.json"] = "(1,194)", ["d.csv"] = "(2,6)" }[path];
        Assert.Equal(
            $"{path}{at}: error RUB0403: 'evidence verification' expects self_declared, second_party, third_party, accredited, but the value is 'acredited'",
            error);
    }

    [Theory]
    [InlineData("GHG Protocol", "wrong_method")]
    [InlineData("Regulation (EU) 2019/331", null)]
    public void Read_MethodFromTheDossier_DecidesAdmissibility(string method, string? reason)
    {
        var text = $"id: C-01\nevidence:\n  - {{id: ets, verified_by: Bureau Veritas, method: {method}, verification: accredited}}\nclinker: {{value: 0.69 tCO2e/t, evidence: [ets]}}\n";
        var read = Assert.Single(Reader().ReadText(text, "d.yaml", DossierFormat.Yaml));
        var decision = Screener.Create(Load()).Screen(read.Dossier!);
        Assert.Equal(reason is null ? "aligned" : "insufficient_evidence", decision.Outcome);
        if (reason is not null)
        {
            Assert.Contains(reason, decision.Criteria.Single(c => c.Name == "low").Reason ?? string.Empty, StringComparison.Ordinal);
        }
    }

    private static Model.Rubrics.Rubric Load()
    {
        var result = RubricEngine.Language.RubricLoader.LoadDsl("cement.rubric", Rubric);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    private static DossierReader Reader() => Screener.Create(Load()).CreateReader(YamlDossierReader.Read);
}
