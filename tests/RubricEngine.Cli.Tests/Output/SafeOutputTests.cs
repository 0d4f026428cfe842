namespace RubricEngine.Cli.Tests.Output;

/// <summary>Dossier text cannot inject formulas, terminal controls, forged lines or markup into what the CLI writes.</summary>
[Collection("cli")]
public class SafeOutputTests
{
    private const string Controls = @"evil\e[2J\e]8;;http://x.example\e\\link\e]8;;\e\\\a\u202Egpj.exe";

    [Fact]
    public void Screen_IdWithALineBreak_CannotForgeTheSummaryLine()
    {
        // The same id twice: the second is reported, with the id quoted in the diagnostic.
        var folder = HostileDossiers.Folder(@"x\nscreened 999, failed 0, skipped 0", @"x\nscreened 999, failed 0, skipped 0");

        var (exit, _, error) = CliRunner.Run("screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", folder, "--format", "jsonl");

        Assert.Equal(1, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain("screened 999, failed 0, skipped 0", lines);
        Assert.Contains(lines, l => l.Contains(@"x\nscreened 999", StringComparison.Ordinal) && l.Contains("error RUB", StringComparison.Ordinal));
        Assert.Contains("screened 1, failed 1, skipped 0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_Table_IdWithTerminalControls_IsWrittenEscaped()
    {
        var (exit, output, error) = CliRunner.Run("screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", HostileDossiers.Folder(Controls));

        Assert.True(exit == 0, error);
        Assert.DoesNotContain(output, c => c is '\u001b' or '\u0007' or '\u202E');
        Assert.Contains(@"evil\x1B[2J\x1B]8;;http://x.example\x1B\link", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_Csv_NeutralisesIdsASpreadsheetWouldRunAsFormulas()
    {
        var folder = HostileDossiers.Folder("=HYPERLINK(\\\"http://x\\\",\\\"y\\\")", "+1+1", "-2+3", "@SUM(A1)", "safe-id");

        var (exit, output, error) = CliRunner.Run("screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", folder, "--format", "csv");

        Assert.True(exit == 0, error);
        var ids = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(row => row.Split(',')[1]).ToList();
        Assert.Equal(5, ids.Count);
        Assert.All(ids.Where(id => !id.Contains("safe-id", StringComparison.Ordinal)), id => Assert.StartsWith("'", id.TrimStart('"'), StringComparison.Ordinal));
        Assert.Contains("safe-id", ids);
    }

    [Fact]
    public void Screen_Csv_IdWithTerminalEscapes_IsWrittenAsVisibleEscapes()
    {
        var (exit, output, error) = CliRunner.Run("screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", HostileDossiers.Folder(Controls), "--format", "csv");

        Assert.True(exit == 0, error);
        Assert.DoesNotContain(output, c => c is '\u001b' or '\u0007' or '\u202E');
        Assert.Contains(@"evil\x1B[2J\x1B]8;;http://x.example\x1B\link", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    public void Explain_IdWithMarkup_IsEscaped(string format)
    {
        var dossier = HostileDossiers.One("<script>alert(1)</script><img src=x onerror=alert(2)>");

        var (exit, output, error) = CliRunner.Run("explain", "--rubric", "rubrics/yeda.rubric", "--dossier", dossier, "--format", format);

        Assert.True(exit == 0, error);

        // Markdown shows a code span literally (no HTML inside it is run), so only text outside code spans counts.
        var outsideCode = format == "md" ? System.Text.RegularExpressions.Regex.Replace(output, "(`+)(?!`).*?(?<!`)\\1(?!`)", "`code`") : output;
        Assert.DoesNotContain("<script", outsideCode, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", outsideCode, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", outsideCode, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Text_EscapesTerminalControls()
    {
        var (exit, output, error) = CliRunner.Run("explain", "--rubric", "rubrics/yeda.rubric", "--dossier", HostileDossiers.One(Controls), "--format", "txt");

        Assert.True(exit == 0, error);
        Assert.DoesNotContain(output, c => c is '\u001b' or '\u0007' or '\u202E');
        Assert.Contains(@"evil\x1B[2J", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_HtmlReport_EscapesIdsInTheIndexAndTheExplanationPage()
    {
        var folder = HostileDossiers.Folder("<script>alert(1)</script>", "ok");

        var report = CliRunner.TempPath("report");

        var (exit, _, error) = CliRunner.Run("screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", folder, "--format", "html", "--out", report);

        Assert.True(exit == 0, error);
        var pages = CliRunner.ReadFolder(report).Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pages.Count);
        Assert.All(pages, page => Assert.DoesNotContain("<script>", page.Value, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, pages.Count(page => page.Value.Contains("&lt;script&gt;alert(1)", StringComparison.Ordinal)));
    }
}
