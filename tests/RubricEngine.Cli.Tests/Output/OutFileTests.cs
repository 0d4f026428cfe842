using RubricEngine.Cli.Commands;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Cli.Tests.Output;

/// <summary><c>--out</c> is written to a temporary file and moved into place only when the whole output succeeded.</summary>
[Collection("cli")]
public class OutFileTests
{
    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("table")]
    public void Write_FailureWhileWriting_LeavesNoTemporaryFileAndKeepsTheEarlierReport(string format)
    {
        var target = CliRunner.TempFile("report.out", "earlier report");
        var console = new CliConsole(new StringWriter(), new StringWriter());
        var rubric = RubricInputs.LoadRubric(console, Path.Combine(CliRunner.RepositoryRoot, "rubrics", "yeda.rubric"))!;
        var screener = RubricInputs.CreateScreener(rubric, threads: 1);
        var items = screener.ScreenBatch(RubricInputs.CreateReader(screener).Read([Path.Combine(CliRunner.RepositoryRoot, "samples", "yeda")]));
        var request = new ScreenRequest("yeda.rubric", [], format, target, "en", 1);

        Assert.Throws<IOException>(() => ScreenOutput.Write(console, request, rubric, ThrowAfter(items, 3)));

        Assert.Equal(["report.out"], Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
        Assert.Equal("earlier report", File.ReadAllText(target));
    }

    [Fact]
    public void Write_HtmlFailureWhileWriting_LeavesNoTemporaryFolderAndKeepsTheEarlierReport()
    {
        var target = EarlierReport("index.html", "earlier report");
        var (console, rubric, request, items) = Yeda("html", target);

        Assert.Throws<IOException>(() => ScreenOutput.Write(console, request, rubric, ThrowAfter(items, 3)));

        Assert.Equal(["report"], Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
        Assert.Equal(["index.html"], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
        Assert.Equal("earlier report", File.ReadAllText(Path.Combine(target, "index.html")));
    }

    [Fact]
    public void Write_Html_ReplacesAnEarlierReportFolderWhole()
    {
        var target = EarlierReport(Path.Combine("dossiers", "9", "9999.html"), "stale page");
        var (console, rubric, request, items) = Yeda("html", target);

        ScreenOutput.Write(console, request, rubric, items);

        Assert.False(File.Exists(Path.Combine(target, "dossiers", "9", "9999.html")), "the earlier report's pages are gone");
        Assert.True(File.Exists(Path.Combine(target, "index.html")));
        Assert.Equal(["report"], Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    /// <summary>A report folder of an earlier run holding one file.</summary>
    private static string EarlierReport(string file, string text)
    {
        var target = CliRunner.TempPath("report");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, file))!);
        File.WriteAllText(Path.Combine(target, file), text);
        return target;
    }

    private static (CliConsole Console, Model.Rubrics.Rubric Rubric, ScreenRequest Request, IEnumerable<ScreeningItem> Items) Yeda(string format, string target)
    {
        var console = new CliConsole(new StringWriter(), new StringWriter());
        var rubric = RubricInputs.LoadRubric(console, Path.Combine(CliRunner.RepositoryRoot, "rubrics", "yeda.rubric"))!;
        var screener = RubricInputs.CreateScreener(rubric, threads: 1);
        var items = screener.ScreenBatch(RubricInputs.CreateReader(screener).Read([Path.Combine(CliRunner.RepositoryRoot, "samples", "yeda")]));
        return (console, rubric, new ScreenRequest("yeda.rubric", [], format, target, "en", 1), items);
    }

    private static IEnumerable<ScreeningItem> ThrowAfter(IEnumerable<ScreeningItem> items, int count)
    {
        foreach (var item in items.Take(count))
        {
            yield return item;
        }

        throw new IOException("disk full");
    }
}
