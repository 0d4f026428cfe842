using System.Text;
using RubricEngine.Benchmarks.EndToEnd;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Screening;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Benchmarks.Tests;

/// <summary>The end-to-end benchmark at a small size: the hand-written pipeline must write exactly the engine's bytes.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rubric-e2e-test").FullName;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void HandWrittenPipeline_GeneratedYedaFile_WritesTheEnginesBytes(int threads)
    {
        var input = Path.Combine(folder, "yeda.jsonl");
        var output = Path.Combine(folder, "hand.jsonl");
        YedaJsonl.Generate(input, 600, seed: 11);
        var screener = Screener.Create(ShippedRubrics.Load("yeda.rubric"));

        var decided = HandWrittenPipeline.Run(input, output, threads, screener.Identity.Hash);

        var engine = new StringWriter { NewLine = "\n" };
        var items = screener.ScreenBatch(screener.CreateReader().Read([input])).ToList();
        DecisionJson.WriteLines(engine, items.Select(i => i.Decision!));
        Assert.Equal(600, decided);
        Assert.All(items, i => Assert.NotNull(i.Decision));
        Assert.Equal(["decline", "patent_first", "transfer"], items.Select(i => i.Decision!.Outcome).Distinct().Order());
        Assert.Equal(Encoding.UTF8.GetBytes(engine.ToString()), File.ReadAllBytes(output));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
