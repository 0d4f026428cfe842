namespace RubricEngine.Cli.Tests;

/// <summary><c>rubric screen --engine nrules</c> and <c>--engine compiled</c> write the same bytes, traces included.</summary>
public class EngineBytesTests
{
    [Theory]
    [InlineData("rubrics/yeda.rubric", "samples/yeda")]
    [InlineData("rubrics/gib.rubric", "samples/gib")]
    [InlineData("rubrics/eu-taxonomy.rubric", "samples/eu-taxonomy")]
    [InlineData("rubrics/survey-cohort.rubric", "samples/survey-cohort")]
    public void Screen_NRulesAndCompiledEngines_WriteTheSameJsonLines(string rubric, string samples)
    {
        var nrules = Screen(rubric, samples, "nrules");
        var compiled = Screen(rubric, samples, "compiled");

        Assert.NotEmpty(nrules);
        Assert.Contains("\"trace\"", System.Text.Encoding.UTF8.GetString(nrules), StringComparison.Ordinal);
        Assert.Equal(compiled, nrules);
    }

    private static byte[] Screen(string rubric, string samples, string engine)
    {
        var output = CliRunner.TempPath("decisions.jsonl");
        var (exit, _, error) = CliRunner.Run("screen", "--rubric", rubric, "--dossiers", samples, "--format", "jsonl", "--engine", engine, "--threads", "2", "--out", output);
        Assert.True(exit == 0, error);
        return File.ReadAllBytes(output);
    }
}
