namespace RubricEngine.Cli.Tests.Output;

/// <summary>One score, read by people rounded (table, HTML report) and by machines exact (CSV, JSON).</summary>
[Collection("cli")]
public class NumberOutputTests
{
    private const string Dossier = "samples/gib/G13-onshore-wind-repowering.yaml"; // total 4.04875

    [Fact]
    public void Screen_TableAndHtmlReport_ShowTheSameRoundedScore()
    {
        var table = CliRunner.Run("screen", "--rubric", "rubrics/gib.rubric", "--dossiers", Dossier);
        var folder = CliRunner.TempPath("report");
        var html = CliRunner.Run("screen", "--rubric", "rubrics/gib.rubric", "--dossiers", Dossier, "--format", "html", "--out", folder);

        Assert.True(html.Exit == 0, html.Error);
        Assert.Contains("≈ 4.0488", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("4.049 ", table.Out, StringComparison.Ordinal);
        Assert.Contains("≈ 4.0488", File.ReadAllText(Path.Combine(folder, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_CsvAndJson_CarryTheExactScore()
    {
        var csv = CliRunner.Run("screen", "--rubric", "rubrics/gib.rubric", "--dossiers", Dossier, "--format", "csv");
        var json = CliRunner.Run("screen", "--rubric", "rubrics/gib.rubric", "--dossiers", Dossier, "--format", "json");

        Assert.Contains(",4.04875,", csv.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("4.0488", csv.Out, StringComparison.Ordinal);
        Assert.Contains("4.04875", json.Out, StringComparison.Ordinal);
    }
}
