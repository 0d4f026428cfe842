namespace RubricEngine.Cli.Tests.Output;

/// <summary>An explanation's comparison after a conversion between units the rubric declares itself (not the catalogue's).</summary>
[Collection("cli")]
public class DeclaredUnitExplanationTests
{
    [Fact]
    public void Explain_ValueInADeclaredUnit_ShowsTheNormalisedValueAndTheExactFactor()
    {
        var dossier = CliRunner.TempFile("h1.json", """{"id": "h1", "production": "1500 tH2", "intensity": "2500 gCO2e/kgH2"}""");

        var run = CliRunner.Run("explain", "--rubric", "tests/fixtures/constructs/units.rubric", "--dossier", dossier, "--format", "txt");

        Assert.True(run.Exit == 0, run.Error);
        // tH2 = 1000 kgH2 and MtH2 = 1000000 tH2 are the rubric's own units; gCO2e/kgH2 is a compound with one.
        Assert.Contains("production >= 0.001 MtH2: met; as given 1500 tH2; in the threshold unit 0.0015 MtH2 (factor 1 tH2 = 0.000001 MtH2)", run.Out, StringComparison.Ordinal);
        Assert.Contains("in the threshold unit 2.5 kgCO2e/kgH2 (factor 1 gCO2e/kgH2 = 0.001 kgCO2e/kgH2)", run.Out, StringComparison.Ordinal);
    }
}
