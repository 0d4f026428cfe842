using System.Text.Json;

namespace RubricEngine.Cli.Tests;

[Collection("cli")]
public class ScreeningCommandTests
{
    public static TheoryData<string, string> RubricsWithSamples() => new()
    {
        { "rubrics/yeda.rubric", "samples/yeda" },
        { "rubrics/yeda.yaml", "samples/yeda" },
        { "rubrics/gib.rubric", "samples/gib" },
        { "rubrics/eu-taxonomy.rubric", "samples/eu-taxonomy" },
        { "rubrics/survey-cohort.rubric", "samples/survey-cohort" },
        { "rubrics/technology-readiness.rubric", "samples/technology-readiness" },
    };

    [Theory]
    [MemberData(nameof(RubricsWithSamples))]
    public void Screen_ShippedSamples_ScreensEveryDossierWithoutFailures(string rubric, string samples)
    {
        var (exit, output, error) = CliRunner.Run("screen", "--rubric", rubric, "--dossiers", samples, "--format", "json");
        Assert.Equal(0, exit);
        var decisions = JsonDocument.Parse(output).RootElement;
        Assert.True(decisions.GetArrayLength() >= 20, $"expected at least 20 decisions, got {decisions.GetArrayLength()}");
        Assert.Contains($"screened {decisions.GetArrayLength()}, failed 0, skipped 0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_Table_IsRankedBestOutcomeFirst()
    {
        var (exit, output, _) = CliRunner.Run("screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", "samples/yeda");
        Assert.Equal(0, exit);
        var transfer = output.IndexOf("(transfer)", StringComparison.Ordinal);
        var decline = output.IndexOf("(decline)", StringComparison.Ordinal);
        Assert.True(transfer >= 0 && decline > transfer, "transfer rows should precede decline rows");
    }

    [Fact]
    public void Screen_InvalidDossiers_AreReportedWithFileAndLine_AndTheRestStillScreen()
    {
        var (exit, output, error) = CliRunner.Run(
            "screen", "--rubric", "rubrics/gib.rubric", "--dossiers", "samples/gib", "samples/invalid/gib", "--format", "jsonl");
        Assert.Equal(1, exit);
        Assert.Matches(@"samples/invalid/gib/G18-purposes-unknown\.yaml\(\d+,\d+\): error RUB0402", error);
        var screened = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Equal(Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "samples", "gib")).Length, screened);
        Assert.Contains($"screened {screened}, failed 1, skipped 0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_OneThreadAndManyThreads_GiveByteIdenticalJson()
    {
        var one = CliRunner.Run("screen", "--rubric", "rubrics/eu-taxonomy.rubric", "--dossiers", "samples/eu-taxonomy", "--format", "json", "--threads", "1");
        var many = CliRunner.Run("screen", "--rubric", "rubrics/eu-taxonomy.rubric", "--dossiers", "samples/eu-taxonomy", "--format", "json", "--threads", "4");
        Assert.Equal(0, one.Exit);
        Assert.Equal(one.Out, many.Out);
    }

    [Fact]
    public void Screen_CsvAndHtml_WriteTheirFormatsToTheOutFileAndFolder()
    {
        var dir = Path.GetDirectoryName(CliRunner.TempFile("x.txt", string.Empty))!;
        var csv = Path.Combine(dir, "gib.csv");
        var html = Path.Combine(dir, "gib-report");
        Assert.Equal(0, CliRunner.Run("screen", "--rubric", "rubrics/gib.rubric", "--dossiers", "samples/gib", "--format", "csv", "--out", csv).Exit);
        Assert.Equal(0, CliRunner.Run("screen", "--rubric", "rubrics/gib.rubric", "--dossiers", "samples/gib", "--format", "html", "--out", html, "--lang", "zh").Exit);
        Assert.StartsWith("rank,dossier,outcome,score", File.ReadAllText(csv), StringComparison.Ordinal);
        Assert.Contains("<table", File.ReadAllText(Path.Combine(html, "index.html")), StringComparison.Ordinal);
        Assert.Equal(21, Directory.GetFiles(Path.Combine(html, "dossiers"), "*.html", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(csv + ".run.json"), "the run envelope is written beside the output");
        using var envelope = JsonDocument.Parse(File.ReadAllText(csv + ".run.json"));
        Assert.True(envelope.RootElement.GetProperty("threads").GetInt32() >= 1, "the envelope records the threads actually used");
    }

    [Fact]
    public void Screen_MissingRubric_ExitsOneWithADiagnostic()
    {
        var (exit, _, error) = CliRunner.Run("screen", "--rubric", "rubrics/none.rubric", "--dossiers", "samples/yeda");
        Assert.Equal(1, exit);
        Assert.Contains("error RUB0600", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "md", "## ")]
    [InlineData("zh", "md", "结论")]
    [InlineData("en", "html", "<html")]
    [InlineData("en", "txt", "E07-hydro-conflicting-lca")]
    public void Explain_RendersTheDecisionInTheLanguageAndFormat(string language, string format, string expected)
    {
        var (exit, output, error) = CliRunner.Run(
            "explain", "--rubric", "rubrics/eu-taxonomy.rubric", "--dossier", "samples/eu-taxonomy/E07-hydro-conflicting-lca.yaml",
            "--lang", language, "--format", format);
        Assert.True(exit == 0, error);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("Annex I 4.5", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_FileWithSeveralDossiers_NeedsAnId()
    {
        var (exit, _, error) = CliRunner.Run("explain", "--rubric", "rubrics/survey-cohort.rubric", "--dossier", "samples/survey-cohort/regions.csv");
        Assert.Equal(1, exit);
        Assert.Contains("--id", error, StringComparison.Ordinal);
        var (okExit, output, _) = CliRunner.Run("explain", "--rubric", "rubrics/survey-cohort.rubric", "--dossier", "samples/survey-cohort/regions.csv", "--id", "Jiangsu");
        Assert.Equal(0, okExit);
        Assert.Contains("Jiangsu", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_CustomTemplateWithAnError_ReportsItsPosition()
    {
        var template = CliRunner.TempFile("bad.txt", "Outcome: {{ decision.outcome \n{{ end }}");
        var (exit, _, error) = CliRunner.Run(
            "explain", "--rubric", "rubrics/eu-taxonomy.rubric", "--dossier", "samples/eu-taxonomy/E01-solar-park-andalusia.yaml", "--template", template);
        Assert.Equal(1, exit);
        Assert.Matches(@"bad\.txt\(\d+,\d+\): error RUB05\d\d", error);
    }

    [Fact]
    public void Test_ShippedRubrics_AllExamplesPass()
    {
        var rubrics = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "rubrics"))
            .Select(f => Path.Combine("rubrics", Path.GetFileName(f))).Order(StringComparer.Ordinal).ToArray();
        var (exit, output, _) = CliRunner.Run(["test", .. rubrics]);
        Assert.Matches(@"(?m)^\d+ passed, 0 failed$", output);
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Test_FailingExample_PrintsExpectedAndActualAndExitsOne()
    {
        var rubric = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "rubrics", "yeda.rubric"))
            .Replace("expect outcome transfer", "expect outcome decline", StringComparison.Ordinal);
        var path = CliRunner.TempFile("yeda.rubric", rubric);
        var (exit, output, _) = CliRunner.Run("test", path);
        Assert.Equal(1, exit);
        Assert.Contains("outcome: expected decline, got transfer", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\d+ passed, [1-9]\d* failed$", output);
    }
}
