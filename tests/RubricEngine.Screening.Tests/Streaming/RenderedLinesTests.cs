using System.Text;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests.Streaming;

/// <summary>JSON Lines rendered by the screening workers are the bytes the consuming thread would have written.</summary>
public class RenderedLinesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ScreenBatch_RenderJsonLines_EachLineIsTheDecisionsCompactJson(int threads)
    {
        var items = Screen(threads, render: true);

        Assert.All(items.Where(i => i.Decision is not null), item =>
            Assert.Equal(DecisionJson.Serialize(item.Decision!, indented: false) + "\n", Encoding.UTF8.GetString(item.JsonLine!)));
        Assert.Equal(99, items.Count(i => i.JsonLine is not null));
    }

    [Fact]
    public void ScreenBatch_RepeatedId_HasNoRenderedLine()
    {
        var items = Screen(2, render: true);

        var repeated = Assert.Single(items, i => i.Failed);
        Assert.Null(repeated.JsonLine);
        Assert.Null(repeated.Decision);
    }

    [Fact]
    public void WriteLines_ToAStreamFromRenderedItems_WritesTheBytesOfTheTextWriter()
    {
        var text = new StringWriter { NewLine = "\n" };
        DecisionJson.WriteLines(text, Screen(1, render: false).Where(i => i.Decision is not null).Select(i => i.Decision!));
        var bytes = new MemoryStream();

        DecisionJson.WriteLines(bytes, Screen(2, render: true));

        Assert.Equal(text.ToString(), Encoding.UTF8.GetString(bytes.ToArray()));
        Assert.Equal(99, text.ToString().Count(c => c == '\n'));
    }

    private static List<ScreeningItem> Screen(int threads, bool render)
    {
        // 100 dossiers, the 51st repeating the id of the 7th: more than one chunk for each worker.
        var lines = Enumerable.Range(0, 100).Select(i => TestRubrics.EmissionsJson(i == 50 ? "d7" : $"d{i}", experts: 3 + (i % 4)));
        var screener = Screener.Create(TestRubrics.Emissions(), new ScreenerOptions { Threads = threads, RenderJsonLines = render });
        return [.. screener.ScreenBatch(screener.CreateReader().ReadText(string.Join("\n", lines), "r.jsonl", DossierFormat.JsonLines))];
    }
}
