using RubricEngine.Cli.Commands;
using RubricEngine.Cli.Output;
using RubricEngine.Explain;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Cli.Tests.Output;

/// <summary>Ranked formats stream through the spill file and give exactly what ranking the batch in memory gives.</summary>
[Collection("cli")]
public class RankedOutputTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void RankedEntries_AnyRunSize_GiveTheFullSortOrder_AndCanBeReadTwice(int runSize)
    {
        var random = new Random(13);
        var keys = Enumerable.Range(0, 300)
            .Select(i => new RankKey(random.Next(4), random.Next(3) == 0 ? null : random.Next(5) / 2m, $"id-{random.Next(1000):D4}-{i}"))
            .ToList();
        using var entries = new RankedEntries(runSize);
        for (var i = 0; i < keys.Count; i++)
        {
            entries.Add(keys[i], i);
        }

        var expected = keys.Select((k, i) => (k, i)).OrderBy(p => p.k).Select(p => (long)p.i).ToList();
        Assert.Equal(expected, entries.InRankOrder());
        Assert.Equal(expected, entries.InRankOrder());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Write_RankedFormat_IsByteIdenticalToRankingInMemory(string format)
    {
        var (rubric, decisions) = Screened("rubrics/gib.rubric", "samples/gib");
        var ranked = DecisionRanking.Rank(rubric, decisions);
        var expected = format switch
        {
            "json" => DecisionJson.SerializeAll(ranked) + "\n",
            _ => Csv(rubric, ranked),
        };
        var console = new CliConsole(new StringWriter(), new StringWriter());

        ScreenOutput.Write(console, new ScreenRequest("gib.rubric", [], format, null, "en", 1), rubric, Items(rubric, "samples/gib"));

        Assert.Equal(expected, console.Out.ToString());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Write_HtmlReportFolder_HasExactlyTheFilesOfRankingInMemory(string language)
    {
        var (rubric, decisions) = Screened("rubrics/gib.rubric", "samples/gib");
        var expected = ExplanationRenderer.RenderBatchReport(rubric, DecisionRanking.Rank(rubric, decisions), language);
        var folder = CliRunner.TempPath("report");

        ScreenOutput.Write(new CliConsole(new StringWriter(), new StringWriter()), new ScreenRequest("gib.rubric", [], "html", folder, language, 1), rubric, Items(rubric, "samples/gib"));

        Assert.Equal(expected, CliRunner.ReadFolder(folder));
        Assert.Equal(decisions.Count + 3, expected.Count);
    }

    [Fact]
    public void Write_TableOfMoreRowsThanAChunk_IsOneTableWithEveryRankOnce()
    {
        var folder = HostileDossiers.Folder([.. Enumerable.Range(0, 300).Select(i => $"Y{i:D3}")]);

        var (exit, output, error) = CliRunner.Run("screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", folder);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, l => l.StartsWith('┌'));
        Assert.Single(lines, l => l.StartsWith('└'));
        Assert.Single(lines, l => l.StartsWith('├'));
        var ranks = lines.Where(l => l.StartsWith('│') && !l.Contains("dossier", StringComparison.Ordinal)).Select(l => int.Parse(l.Split('│')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 300), ranks);
        Assert.Single(lines.Select(l => l.Length).Where(n => n > 20).Distinct());
    }

    private static string Csv(Model.Rubrics.Rubric rubric, IReadOnlyList<Decision> ranked)
    {
        var output = new StringWriter();
        DecisionCsv.Write(output, rubric, ranked);
        return output.ToString();
    }

    private static (Model.Rubrics.Rubric Rubric, List<Decision> Decisions) Screened(string rubricPath, string samples)
    {
        var rubric = RubricInputs.LoadRubric(new CliConsole(TextWriter.Null, TextWriter.Null), Path.Combine(CliRunner.RepositoryRoot, rubricPath))!;
        return (rubric, [.. Items(rubric, samples).Where(i => i.Decision is not null).Select(i => i.Decision!)]);
    }

    private static IEnumerable<ScreeningItem> Items(Model.Rubrics.Rubric rubric, string samples)
    {
        var screener = RubricInputs.CreateScreener(rubric, threads: 1);
        return screener.ScreenBatch(RubricInputs.CreateReader(screener).Read([Path.Combine(CliRunner.RepositoryRoot, samples)]));
    }
}
