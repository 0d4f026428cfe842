using RubricEngine.Benchmarks.EndToEnd;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Model.Text;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Benchmarks.Tests;

/// <summary>The GIB JSON Lines file of bench/record-e2e.sh holds the record_sqlite workload's batch: read back, the same decisions.</summary>
public sealed class GibJsonlTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rubric-gib-jsonl-test").FullName;

    [Fact]
    public void Generate_ReadByTheCli_DecidesAsTheGeneratedDossiers()
    {
        var input = Path.Combine(folder, "gib.jsonl");
        GibJsonl.Generate(input, 500, seed: 7);
        var screener = Screener.Create(ShippedRubrics.Load("gib.rubric"), new ScreenerOptions { RenderJsonLines = true });

        var fromFile = screener.ScreenBatch(screener.CreateReader().Read([input])).Select(i => i.JsonLine is null ? null : System.Text.Encoding.UTF8.GetString(i.JsonLine)).ToList();
        var generated = screener.ScreenBatch(GibDossiers.Generate(500, seed: 7).Select(d => new DossierReadResult(d, d.Id, [], SourceSpan.None)))
            .Select(i => i.JsonLine is null ? null : System.Text.Encoding.UTF8.GetString(i.JsonLine)).ToList();

        Assert.Equal(500, fromFile.Count);
        Assert.All(fromFile, Assert.NotNull);
        Assert.Equal(generated, fromFile);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
