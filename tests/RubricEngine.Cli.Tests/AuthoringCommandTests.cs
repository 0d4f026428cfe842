namespace RubricEngine.Cli.Tests;

public class AuthoringCommandTests
{
    [Fact]
    public void Diff_YedaAgainstRevision_ListsTheWeightAndThresholdEdits()
    {
        var (exit, output, _) = CliRunner.Run("diff", "rubrics/yeda.rubric", "samples/revisions/yeda-0.2.rubric");
        Assert.Equal(0, exit);
        Assert.Contains("3. changed indicator market_needs weight", output, StringComparison.Ordinal);
        Assert.Contains("+ panel_quorum and experts_agree and total >= 3.8", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_RubricWithErrors_PrintsItsDiagnosticAndExitsOne()
    {
        var broken = CliRunner.TempFile("broken.rubric", "rubric x version \"1\"\ncriterion c when nothing_declared > 1\n");
        var (exit, _, error) = CliRunner.Run("diff", "rubrics/yeda.rubric", broken);
        Assert.Equal(1, exit);
        Assert.Matches(@"broken\.rubric\(\d+,\d+\): error RUB\d{4}", error);
    }

    [Fact]
    public void Impact_YedaRevisionOnSamples_WritesHtmlAndSummarises()
    {
        var path = CliRunner.TempPath("impact.html");
        var (exit, _, error) = CliRunner.Run("impact", "rubrics/yeda.rubric", "samples/revisions/yeda-0.2.rubric", "--dossiers", "samples/yeda", "--format", "html", "--lang", "zh", "--out", path);
        Assert.Equal(0, exit);
        Assert.Contains("修订影响：21 份材料，其中 19 份有变化", error, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh\">", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_WithoutDossiers_IsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("impact", "rubrics/yeda.rubric", "samples/revisions/yeda-0.2.rubric");
        Assert.Equal(2, exit);
        Assert.Contains("--dossiers", error, StringComparison.Ordinal);
    }
}

public class LintCommandTests
{
    [Fact]
    public void Lint_ShippedRubrics_ExitsZero()
    {
        var (exit, _, error) = CliRunner.Run("lint", "rubrics/eu-taxonomy.rubric", "rubrics/gib.rubric", "rubrics/survey-cohort.rubric", "rubrics/yeda.rubric", "rubrics/yeda.yaml");
        Assert.Equal(0, exit);
        Assert.Contains("5 of 5 rubric(s) without findings.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_RubricWithAGap_PrintsThePositionedFindingAndExitsOne()
    {
        var (exit, _, error) = CliRunner.Run("lint", "tests/RubricEngine.Authoring.Tests/Lint/03-tier-gap/rubric.rubric");
        Assert.Equal(1, exit);
        Assert.Contains("rubric.rubric(6,1): warning RUB0902: Values of 'rating' in [3, 3.5) reach no tier", error, StringComparison.Ordinal);
    }
}

public class SensitivityCommandTests
{
    [Fact]
    public void Explain_WithSensitivity_PrintsTheMarginInTheThresholdsUnit()
    {
        var (exit, output, _) = CliRunner.Run("explain", "--rubric", "rubrics/eu-taxonomy.rubric", "--dossier", "samples/eu-taxonomy/E06-reservoir-low-lca.yaml", "--format", "txt", "--sensitivity");
        Assert.Equal(0, exit);
        Assert.Contains("criterion:hydro_lifecycle: lifecycle_emissions < 100 gCO2e/kWh: margin -20 gCO2e/kWh (holds)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Sensitivity of", "tier:transfer: total >= 3.5: margin ≈ +0.87 (holds)", "market_needs (4.57): raise no change does; lower by more than ≈ 10.64 -> Apply for a patent first")]
    [InlineData("zh", "的敏感性", "等级 transfer：total >= 3.5：余量 ≈ +0.87（成立）", "market_needs（4.57）：提高 任何变化都不改变结论；降低 超过 ≈ 10.64 → 先申请专利")]
    public void Explain_WithSensitivity_ShowsItsNumbersAtTheRubricsDisplayPrecision(string language, string heading, string margin, string change)
    {
        // Yeda at `display precision 2`: the section rounds as the explanation above it does (it used 4 places whatever the rubric said),
        // and names outcomes by their labels in the language (it printed the identifier patent_first).
        var yeda = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "rubrics", "yeda.rubric"));
        var rubric = CliRunner.TempFile("yeda.rubric", yeda.Replace("rubric yeda version \"0.1\"\n", "rubric yeda version \"0.1\"\n  display precision 2\n", StringComparison.Ordinal));
        var (exit, output, _) = CliRunner.Run("explain", "--rubric", rubric, "--dossier", "samples/yeda/Y01-perovskite-tandem-cells.yaml", "--format", "txt", "--lang", language, "--sensitivity");

        Assert.Equal(0, exit);
        Assert.Contains("≈ 4.37", output, StringComparison.Ordinal);
        var section = output[output.IndexOf(heading, StringComparison.Ordinal)..];
        Assert.Contains(margin, section, StringComparison.Ordinal);
        Assert.Contains(change, section, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[0-9]\.[0-9]{3}", section);
    }

    [Fact]
    public void Explain_JsonWithoutSensitivity_HasNoSensitivityField()
    {
        var (exit, output, _) = CliRunner.Run("explain", "--rubric", "rubrics/eu-taxonomy.rubric", "--dossier", "samples/eu-taxonomy/E06-reservoir-low-lca.yaml", "--format", "json");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("sensitivity", output, StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"aligned\"", output, StringComparison.Ordinal);
    }
}
