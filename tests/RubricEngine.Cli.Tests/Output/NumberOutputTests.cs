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

/// <summary>A rubric's <c>display precision</c> rounds what people read, never what machines read.</summary>
[Collection("cli")]
public class DisplayPrecisionOutputTests
{
    private const string Dossier = "samples/gib/G13-onshore-wind-repowering.yaml"; // total 4.04875

    // The shipped GIB rubric with the construct added, in a temporary copy (the shipped file's hash feeds goldens).
    private static string RubricWithTwoPlaces()
    {
        var text = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "rubrics", "gib.rubric"));
        var header = "rubric gib version \"0.1\"\n";
        Assert.Contains(header, text, StringComparison.Ordinal);
        return CliRunner.TempFile("gib.rubric", text.Replace(header, header + "  display precision 2\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Screen_TableAndTextExplanation_RoundToTheRubricsPrecision()
    {
        var rubric = RubricWithTwoPlaces();
        var table = CliRunner.Run("screen", "--rubric", rubric, "--dossiers", Dossier);
        var text = CliRunner.Run("explain", "--rubric", rubric, "--dossier", Dossier, "--format", "txt");

        Assert.True(table.Exit == 0, table.Error);
        Assert.True(text.Exit == 0, text.Error);
        Assert.Contains("≈ 4.05", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("4.0488", table.Out, StringComparison.Ordinal);
        Assert.Contains("≈ 4.05", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("≈ 4.0488", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_CsvAndJson_StayExactWithADisplayPrecision()
    {
        var rubric = RubricWithTwoPlaces();
        var csv = CliRunner.Run("screen", "--rubric", rubric, "--dossiers", Dossier, "--format", "csv");
        var json = CliRunner.Run("screen", "--rubric", rubric, "--dossiers", Dossier, "--format", "json");

        Assert.Contains(",4.04875,", csv.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("4.05", csv.Out, StringComparison.Ordinal);
        Assert.Contains("4.04875", json.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("≈", json.Out, StringComparison.Ordinal);
    }
}
