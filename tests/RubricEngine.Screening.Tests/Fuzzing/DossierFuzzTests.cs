using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Dossiers;
using Xunit.Abstractions;

namespace RubricEngine.Screening.Tests.Fuzzing;

/// <summary>
/// Every dossier reader, on mutated samples: no exception escapes, every input gives at least one entry, and
/// every entry is a typed dossier or carries positioned diagnostics. One input in sixteen is read from a file as
/// bytes with bits flipped, so invalid UTF-8 reaches the readers as it would from disk.
/// </summary>
[Trait("Category", "Fuzz")]
public class DossierFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] JsonTokens = ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\ud800", "\\u0000", "null", "true", "1e400", "\n", "/*", "//"];

    private static readonly string[] YamlTokens = ["\n", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "---\n", "? ", "|\n", "\"", "'", "#", "\t", "~"];

    private static readonly string[] CsvTokens = [",", "\"", "\n", "\r\n", "|", ";", "@", " @x", "\\", "\\|", "[kWh]", ".", "1,000", "1e-400"];

    [Fact]
    public void ReadYaml_MutatedSamples_NeverThrowAndEveryEntryIsPositioned()
    {
        var (texts, rubrics) = FuzzSeeds.YamlDossiers();
        Run("YAML dossier reader", texts, rubrics, YamlTokens, "[", DossierFormat.Yaml, ".yaml", 1401);
    }

    [Fact]
    public void ReadJson_MutatedSamples_NeverThrowAndEveryEntryIsPositioned()
    {
        var (texts, rubrics) = FuzzSeeds.YamlDossiers();
        var json = FuzzSeeds.AsJson(texts).Select(t => "[" + t.Replace("\n", ",\n", StringComparison.Ordinal) + "]").ToArray();
        Assert.All(json, seed => Assert.StartsWith("[{\"id\":", seed, StringComparison.Ordinal));
        Run("JSON dossier reader", json, rubrics, JsonTokens, "[", DossierFormat.Json, ".json", 1402);
    }

    [Fact]
    public void ReadJsonLines_MutatedSamples_NeverThrowAndEveryEntryIsPositioned()
    {
        var (texts, rubrics) = FuzzSeeds.YamlDossiers();
        Run("JSON Lines dossier reader", FuzzSeeds.AsJson(texts), rubrics, JsonTokens, "{\"a\":", DossierFormat.JsonLines, ".jsonl", 1403);
    }

    [Fact]
    public void ReadCsv_MutatedSamples_NeverThrowAndEveryEntryIsPositioned()
    {
        var (texts, rubrics) = FuzzSeeds.CsvDossiers();
        Run("CSV dossier reader", texts, rubrics, CsvTokens, "\"", DossierFormat.Csv, ".csv", 1404);
    }

    private void Run(string name, string[] seeds, Rubric[] rubrics, string[] tokens, string opener, DossierFormat format, string extension, int seed)
    {
        var readers = rubrics.Distinct().ToDictionary(r => r, r => Screener.Create(r).CreateReader(YamlDossierReader.Read));
        using var folder = new Support.TempFolder();
        var file = Path.Combine(folder.Path, "fuzz" + extension);
        FuzzRun.Run(name, new FuzzMutator(seeds, tokens, opener), seed, (text, origin, random) =>
        {
            var reader = readers[rubrics[origin]];
            List<DossierReadResult> results;
            if (random.Next(16) == 0)
            {
                File.WriteAllBytes(file, FuzzMutator.FlippedBytes(text, random));
                results = [.. reader.ReadFile(file)];
            }
            else
            {
                results = [.. reader.ReadText(text, "fuzz" + extension, format)];
            }

            Assert.NotEmpty(results);
            foreach (var result in results)
            {
                Assert.True(result.Succeeded || result.Diagnostics.Length > 0, "an entry with neither a dossier nor diagnostics");
                Assert.All(result.Diagnostics, d => Assert.True(d.Span.Line >= 1, $"no position: {d}"));
            }
        }, output);
    }
}
