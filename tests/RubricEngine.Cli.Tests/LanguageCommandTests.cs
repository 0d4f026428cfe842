namespace RubricEngine.Cli.Tests;

[Collection("cli")]
public class LanguageCommandTests
{
    public static TheoryData<string> ShippedRubrics() =>
        [.. Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "rubrics"))
            .Where(f => f.EndsWith(".rubric", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => Path.Combine("rubrics", Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedRubrics))]
    public void Check_ShippedRubric_ExitsZeroWithoutErrors(string rubric)
    {
        var (exit, _, error) = CliRunner.Run("check", rubric);
        Assert.DoesNotContain(": error RUB", error, StringComparison.Ordinal);
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Check_BrokenRubric_PrintsPositionedDiagnosticsAndExitsOne()
    {
        var path = CliRunner.TempFile("broken.rubric", "rubric broken version \"1\"\n\ninput x: quantity in gCO2e/kwh\n");
        var (exit, _, error) = CliRunner.Run("check", path);
        Assert.Equal(1, exit);
        Assert.Matches(@"broken\.rubric\(3,\d+\): error RUB0300: Unknown unit 'kwh'", error);
        Assert.Contains("kWh", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_IsADiagnosticNotAStackTrace()
    {
        var (exit, _, error) = CliRunner.Run("check", "no/such/file.rubric");
        Assert.Equal(1, exit);
        Assert.Contains("error RUB0600", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("convert", "rubrics/yeda.rubric", "--to", "xml")]
    [InlineData("no-such-command")]
    public void UsageErrors_ExitTwo(params string[] args) => Assert.Equal(2, CliRunner.Run(args).Exit);

    [Fact]
    public void Fmt_IsIdempotentOnAShippedRubric()
    {
        var (exit, once, _) = CliRunner.Run("fmt", "rubrics/yeda.rubric");
        Assert.Equal(0, exit);
        var path = CliRunner.TempFile("yeda.rubric", once);
        var (_, twice, _) = CliRunner.Run("fmt", path);
        Assert.Equal(once, twice);
    }

    [Fact]
    public void Fmt_Write_RewritesTheFileInPlace()
    {
        var (_, formatted, _) = CliRunner.Run("fmt", "rubrics/gib.rubric");
        var path = CliRunner.TempFile("gib.rubric", File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "rubrics", "gib.rubric")));
        var (exit, printed, _) = CliRunner.Run("fmt", path, "--write");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, printed);
        Assert.Equal(formatted, File.ReadAllText(path));
    }

    [Fact]
    public void Fmt_Write_OnAYamlRubric_WritesCanonicalYamlThatStillLoads()
    {
        var (_, yaml, _) = CliRunner.Run("fmt", "rubrics/yeda.yaml");
        var path = CliRunner.TempFile("yeda.yaml", File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "rubrics", "yeda.yaml")));
        var (exit, printed, _) = CliRunner.Run("fmt", path, "--write");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, printed);
        Assert.Equal(yaml, File.ReadAllText(path));
        Assert.Equal(0, CliRunner.Run("check", path).Exit);
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Fmt_Write_KeepsTheRubricsComments()
    {
        var original = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "rubrics", "gib.rubric"));
        var path = CliRunner.TempFile("gib.rubric", original);
        Assert.Equal(0, CliRunner.Run("fmt", path, "--write").Exit);
        var comments = original.Split('\n').Where(l => l.TrimStart().StartsWith('#')).ToList();
        Assert.NotEmpty(comments);
        Assert.Equal(comments, File.ReadAllText(path).Split('\n').Where(l => l.TrimStart().StartsWith('#')));
    }

    [Fact]
    public void Fmt_OnAYamlRubric_PrintsYaml()
    {
        var (exit, printed, _) = CliRunner.Run("fmt", "rubrics/yeda.yaml");
        var (_, yaml, _) = CliRunner.Run("convert", "rubrics/yeda.yaml", "--to", "yaml");
        Assert.Equal(0, exit);
        Assert.Contains("\nrubric: ", "\n" + printed, StringComparison.Ordinal);
        Assert.Equal(yaml, printed);
    }

    [Fact]
    public void Convert_ToYamlAndBack_GivesTheCanonicalDsl()
    {
        var (_, canonical, _) = CliRunner.Run("fmt", "rubrics/eu-taxonomy.rubric");
        var (exit, yaml, _) = CliRunner.Run("convert", "rubrics/eu-taxonomy.rubric", "--to", "yaml");
        Assert.Equal(0, exit);
        var yamlPath = CliRunner.TempFile("eu.yaml", yaml);
        var (backExit, back, _) = CliRunner.Run("convert", yamlPath, "--to", "rubric");
        Assert.Equal(0, backExit);
        Assert.Equal(canonical, back);
    }
}
