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
    [InlineData("html")]
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

    private static IEnumerable<ScreeningItem> ThrowAfter(IEnumerable<ScreeningItem> items, int count)
    {
        foreach (var item in items.Take(count))
        {
            yield return item;
        }

        throw new IOException("disk full");
    }
}
