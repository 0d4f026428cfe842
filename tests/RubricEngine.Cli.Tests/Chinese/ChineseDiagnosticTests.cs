namespace RubricEngine.Cli.Tests.Chinese;

/// <summary>
/// With <c>--lang zh</c> diagnostics are written in Chinese, position and code kept; data formats (JSON, SARIF)
/// keep the English message; without <c>--lang</c> they are English as before.
/// </summary>
[Collection("cli")]
public class ChineseDiagnosticTests
{
    private const string UnknownName = "tests/RubricEngine.Language.Tests/Golden/065-error-unknown-name/input.rubric";
    private const string Recovery = "tests/RubricEngine.Language.Tests/Golden/096-error-recovery-within-declarations/input.rubric";

    [Fact]
    public void Check_InChinese_WritesEachDiagnosticAndTheCountInChinese()
    {
        var run = CliRunner.Run("check", UnknownName, Recovery, "--lang", "zh");
        Assert.Equal(1, run.Exit);
        Assert.Equal(
            $"{UnknownName}(5,18): 错误 RUB0203: 未知的名称“emisions”；是否想写“emissions”？\n" +
            $"{Recovery}(6,5): 错误 RUB0001: 意外的“score”；应为数字\n" +
            $"{Recovery}(8,14): 错误 RUB0001: 意外的声明结尾；应为表达式\n" +
            $"{Recovery}(14,12): 错误 RUB0001: 意外的声明结尾；应为表达式\n" +
            $"{Recovery}(15,23): 错误 RUB0001: 意外的声明结尾；应为“by”\n" +
            "2 个评分规则中有 0 个检查无错误。\n",
            run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_InEnglish_IsUnchanged_AndJsonInChineseKeepsTheEnglishMessage()
    {
        var english = CliRunner.Run("check", UnknownName);
        Assert.Equal($"{UnknownName}(5,18): error RUB0203: Unknown name 'emisions'; did you mean 'emissions'?\n0 of 1 rubric(s) checked without errors.\n", english.Error.ReplaceLineEndings("\n"));
        var json = CliRunner.Run("check", UnknownName, "--lang", "zh", "--format", "json");
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.Equal("Unknown name 'emisions'; did you mean 'emissions'?", document.RootElement[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Screen_InChinese_WritesTheFailedDossiersDiagnosticsInChinese()
    {
        var run = CliRunner.Run("screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", "samples/invalid/yeda", "--lang", "zh");
        Assert.Contains("samples/invalid/yeda/Y22-score-out-of-range.yaml(32,18): 错误 RUB0430: “panel.market_size”必须在 1 到 5 之间，但值为 7\n", run.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_InChinese_WritesWarningsAsChineseWarnings()
    {
        const string rubric = "tests/RubricEngine.Language.Tests/Golden/040-warning-unused-input/input.rubric";
        var run = CliRunner.Run("lint", rubric, "--lang", "zh");
        Assert.Equal($"{rubric}(5,7): 警告 RUB0215: 输入“unused”从未使用\n1 个评分规则中有 0 个没有发现问题。\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Explain_WithoutAChosenDossier_IsADiagnosticInTheChosenLanguage()
    {
        const string regions = "samples/survey-cohort/regions.csv";
        string[] explain = ["explain", "--rubric", "rubrics/survey-cohort.rubric", "--dossier", regions];
        var unchosen = CliRunner.Run([.. explain, "--lang", "zh"]);
        Assert.Equal(1, unchosen.Exit);
        Assert.Matches($@"^{regions}: 错误 RUB0270: 该文件中有 31 份可筛查的材料（national, Beijing, [^）]+, Xinjiang）；请用“--id”选择要解释的一份\n$", unchosen.Error);
        var missing = CliRunner.Run([.. explain, "--id", "Nowhere", "--lang", "zh"]);
        Assert.Equal(1, missing.Exit);
        Assert.Matches($@"^{regions}: 错误 RUB0271: 该文件中没有可筛查的材料“Nowhere”（找到的有：national, [^）]+）\n$", missing.Error);
        var english = CliRunner.Run([.. explain, "--id", "Nowhere"]);
        Assert.Matches($@"^{regions}: error RUB0271: No screenable dossier 'Nowhere' in the file \(found: national, [^)]+\)\n$", english.Error);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Explain_OfADossierThatFails_ReportsItsErrorsAndNotAChoice(string language)
    {
        // The dossier's own errors say why there is nothing to explain; RUB0270 ("choose one with --id") used to follow them.
        var (exit, _, error) = CliRunner.Run("explain", "--rubric", "rubrics/yeda.rubric", "--dossier", "samples/invalid/yeda/Y22-score-out-of-range.yaml", "--lang", language);
        Assert.Equal(1, exit);
        Assert.Contains("Y22-score-out-of-range.yaml(", error, StringComparison.Ordinal);
        Assert.DoesNotContain("RUB0270", error, StringComparison.Ordinal);
    }
}
