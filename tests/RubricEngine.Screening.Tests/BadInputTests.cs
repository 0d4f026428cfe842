using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests;

public class BadInputTests
{
    private const string Good = "{\"id\": \"good\", \"sector\": \"energy\", \"has_permit\": true, \"lifecycle_emissions\": \"90 gCO2e/kWh\"}";

    [Theory]
    [InlineData("{\"id\": \"bad\", \"sector\": \"energy\", \"has_permit\": \"maybe\"}", "batch.jsonl(2,49): error RUB0403: 'has_permit' expects boolean, but the value is 'maybe'")]
    [InlineData("{\"id\": \"bad\", \"sector\": \"energy\", \"lifecycle_emissions\": \"90 kWh\"}", "batch.jsonl(2,58): error RUB0404: 'lifecycle_emissions' expects a quantity of co2e/energy, but '90 kWh' is a quantity of energy")]
    [InlineData("{\"id\": \"bad\", \"sector\": \"energy\", \"lifecycle_emmisions\": \"90 gCO2e/kWh\"}", "batch.jsonl(2,35): error RUB0401: Unknown input 'lifecycle_emmisions'; did you mean 'lifecycle_emissions'?")]
    [InlineData("{\"id\": \"bad\", \"has_permit\": true}", "batch.jsonl(2,1): error RUB0402: Dossier 'bad' lacks the required input 'sector'")]
    [InlineData("{\"id\": \"bad\", \"sector\": \"energy\", \"has_permit\": tru}", "batch.jsonl(2,52): error RUB0400: Malformed JSON: ")]
    [InlineData("{\"id\": \"bad\", \"sector\": \"mining\"}", "batch.jsonl(2,25): error RUB0403: 'sector' expects one of energy, transport, but the value is 'mining'")]
    [InlineData("{\"id\": \"bad\", \"sector\": \"energy\", \"lifecycle_emissions\": \"90\"}", "batch.jsonl(2,58): error RUB0405: 'lifecycle_emissions' expects a quantity of co2e/energy, but '90' has no unit")]
    [InlineData("{\"id\": \"bad\", \"sector\": \"energy\", \"lifecycle_emissions\": \"90 gCO2e/kwh\"}", "batch.jsonl(2,58): error RUB0300: Unknown unit 'kwh'; did you mean 'kWh'?")]
    public void ScreenBatch_BadDossierInJsonLines_FailsWithPositionedMessageAndOthersAreScreened(string bad, string expected)
    {
        var text = string.Join("\n", Good.Replace("good", "first", StringComparison.Ordinal), bad, Good);

        var result = Screen.Batch(TestRubrics.Emissions(), text, DossierFormat.JsonLines, "batch.jsonl");

        Assert.Equal((2, 1, 0), (result.Summary.Screened, result.Summary.Failed, result.Summary.Skipped));
        var failure = Assert.Single(result.Failures);
        Assert.StartsWith(expected, Assert.Single(failure.Source.Errors).ToString(), StringComparison.Ordinal);
        Assert.Equal(["first", "good"], result.Decisions.Select(d => d.DossierId));
    }

    [Fact]
    public void ScreenBatch_CsvRowWithWrongFieldCount_FailsThatRowOnly()
    {
        var csv = "id,sector,has_permit,lifecycle_emissions [gCO2e/kWh]\nA,energy,true,90\nB,energy,true\nC,energy,true,0.1 kgCO2e/kWh\n";

        var result = Screen.Batch(TestRubrics.Emissions(), csv, DossierFormat.Csv, "rows.csv");

        Assert.Equal((2, 1), (result.Summary.Screened, result.Summary.Failed));
        Assert.Equal("rows.csv(3,1): error RUB0400: Malformed CSV row: the row has 3 fields, but the header has 4",
            result.Failures.Single().Source.Errors.Single().ToString());
    }

    [Fact]
    public void ScreenBatch_CsvCellOfWrongType_PointsAtTheCell()
    {
        var csv = "id,sector,has_permit\nA,energy,perhaps\n";

        var result = Screen.Batch(TestRubrics.Emissions(), csv, DossierFormat.Csv, "rows.csv");

        Assert.Equal("rows.csv(2,10): error RUB0403: 'has_permit' expects boolean, but the value is 'perhaps'",
            result.Failures.Single().Source.Errors.Single().ToString());
    }

    [Fact]
    public void ScreenBatch_DuplicateDossierId_FailsTheSecondOccurrence()
    {
        var text = string.Join("\n", Good, Good);

        var result = Screen.Batch(TestRubrics.Emissions(), text, DossierFormat.JsonLines, "dup.jsonl");

        Assert.Equal((1, 1), (result.Summary.Screened, result.Summary.Failed));
        Assert.Equal("dup.jsonl(2,1): error RUB0408: Dossier id 'good' was already used at dup.jsonl(1,1)",
            result.Failures.Single().Source.Errors.Single().ToString());
    }

    [Fact]
    public void ScreenBatch_MalformedJsonArrayFile_FailsOnceWithPosition()
    {
        var result = Screen.Batch(TestRubrics.Emissions(), "[\n  {\"id\": \"a\",\n  \"sector\": }\n]", DossierFormat.Json, "broken.json");

        Assert.Equal((0, 1), (result.Summary.Screened, result.Summary.Failed));
        Assert.StartsWith("broken.json(3,13): error RUB0400: Malformed JSON:", result.Failures.Single().Source.Errors.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ScreenBatch_UnknownRecordFieldAndCitation_AreReported()
    {
        var json = """
            {"id": "bad", "sector": "energy",
             "lifecycle_emissions": {"value": "90 gCO2e/kWh", "evidence": ["nowhere"]},
             "panel": [{"expert": "A", "markte": 3}]}
            """;

        var result = Screen.Batch(TestRubrics.Emissions(), json, DossierFormat.Json, "d.json");

        var messages = result.Failures.Single().Source.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("d.json(2,64): error RUB0406: The value cites evidence 'nowhere', which the dossier does not list", messages);
        Assert.Contains("d.json(3,28): error RUB0409: 'panel' has no field 'markte'; did you mean 'market'?", messages);
    }
}
