using RubricEngine.Screening.Batch;

namespace RubricEngine.Screening.Tests.Reading;

public class FolderTests
{
    [Theory]
    [InlineData("b.yaml", "")]
    [InlineData("b.yaml", "# only a comment\n")]
    [InlineData("b.jsonl", "")]
    [InlineData("b.jsonl", "\n\n")]
    [InlineData("b.csv", "")]
    [InlineData("b.csv", "id,sector\n")]
    [InlineData("b.json", "")]
    [InlineData("b.json", "  \n")]
    [InlineData("b.json", "[]")]
    public void Screen_FileWithoutDossiers_IsCountedAsSkippedWithAWarning(string file, string text)
    {
        using var batch = new FolderBatch();
        batch.Folder.Write(file, text);

        var result = batch.Screen();

        Assert.Equal(new ScreeningSummary(2, 0, 1), result.Summary);
        var skipped = Assert.Single(result.Items, i => i.Skipped);
        Assert.EndsWith($"/{file}(1,1): warning RUB0424: '{skipped.Source.Span.Path}' holds no dossiers; it is counted as skipped",
            Assert.Single(skipped.Source.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_FolderLinkLoop_IsReportedOnceAndEachFileScreenedOnce()
    {
        using var batch = new FolderBatch();
        batch.Folder.Write("sub/m.json", TestRubricsJson("middle"));
        Directory.CreateSymbolicLink(batch.Path("sub/loop"), batch.Folder.Path);

        var result = batch.Screen();

        Assert.Equal(new ScreeningSummary(3, 0, 1), result.Summary);
        Assert.Equal(["first", "middle", "last"], result.Decisions.Select(d => d.DossierId));
        var loop = Assert.Single(Assert.Single(result.Items, i => i.Skipped).Source.Diagnostics);
        Assert.Equal("RUB0425", loop.Code);
        Assert.EndsWith("/sub/loop", loop.Span.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_TwoNestedLoops_DoNotMultiplyTheFiles()
    {
        using var batch = new FolderBatch();
        batch.Folder.Write("sub/deeper/m.json", TestRubricsJson("middle"));
        Directory.CreateSymbolicLink(batch.Path("sub/up"), batch.Folder.Path);
        Directory.CreateSymbolicLink(batch.Path("sub/deeper/up"), batch.Path("sub"));
        Directory.CreateSymbolicLink(batch.Path("again"), batch.Path("sub/deeper"));

        var result = batch.Screen();

        Assert.Equal(new ScreeningSummary(3, 0, 3), result.Summary);
        Assert.All(result.Items.Where(i => i.Skipped), i => Assert.Equal("RUB0425", i.Source.Diagnostics.Single().Code));
    }

    private static string TestRubricsJson(string id) => Support.TestRubrics.EmissionsJson(id);
}
