namespace RubricEngine.Cli.Tests;

/// <summary>Where <c>screen</c> reads from and what it says about it: standard input, and the wrong-rubric hint.</summary>
[Collection("cli")]
public class ScreenInputTests
{
    private static string RegionsCsv => File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "samples", "survey-cohort", "regions.csv"));

    [Theory]
    [InlineData(null)]
    [InlineData("csv")]
    public void Screen_StandardInputCsv_ScreensLikeTheFile(string? stated)
    {
        string[] args = ["screen", "--rubric", "rubrics/survey-cohort.rubric", "--dossiers", "-", "--format", "json"];
        var (exit, output, error) = CliRunner.RunWithInput(RegionsCsv, stated is null ? args : [.. args, "--input-format", stated]);
        var fromFile = CliRunner.Run("screen", "--rubric", "rubrics/survey-cohort.rubric", "--dossiers", "samples/survey-cohort/regions.csv", "--format", "json");
        Assert.True(exit == 0, error);
        Assert.Equal(fromFile.Out, output);
    }

    [Fact]
    public void Screen_StandardInputJsonLines_IsSniffedAndPositionsSayStdin()
    {
        var input = "{\"id\": \"a\", \"assessment_date\": \"2011-12-31\", \"no_such_input\": 1}\n";
        var (exit, _, error) = CliRunner.RunWithInput(input, "screen", "--rubric", "rubrics/survey-cohort.rubric", "--dossiers", "-");
        Assert.Equal(1, exit);
        Assert.Matches(@"<stdin>\(1,\d+\): error RUB0401: Unknown input 'no_such_input'", error);
    }

    [Theory]
    [InlineData("{\"id\": 1}", "JsonLines")]
    [InlineData("[", "Json")]
    [InlineData("{", "Json")]
    [InlineData("---", "Yaml")]
    [InlineData("# comment", "Yaml")]
    [InlineData("id: x", "Yaml")]
    [InlineData("id,assessment_date,patents", "Csv")]
    public void StandardInput_FirstLine_TellsTheFormat(string line, string expected) =>
        Assert.Equal(expected, BatchRun.StandardInputDossiers.Sniff(line).ToString());

    [Fact]
    public void Screen_GibDossiersAgainstYeda_HintsTheRubricIsTheWrongOne()
    {
        var (exit, _, error) = CliRunner.Run("screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", "samples/gib");
        var count = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "samples", "gib")).Length;
        Assert.Equal(1, exit);
        Assert.Contains(
            $"rubric: hint: {count} of {count} dossiers failed on inputs that 'rubrics/yeda.rubric' does not declare or that they lack (RUB0401, RUB0402); is it the rubric these dossiers were written for?",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_AFewInvalidDossiers_GiveNoWrongRubricHint()
    {
        var (_, _, error) = CliRunner.Run("screen", "--rubric", "rubrics/gib.rubric", "--dossiers", "samples/gib", "samples/invalid/gib");
        Assert.DoesNotContain("hint:", error, StringComparison.Ordinal);
    }
}
