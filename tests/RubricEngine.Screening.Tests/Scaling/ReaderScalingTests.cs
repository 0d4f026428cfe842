using Xunit.Abstractions;
using System.Text;
using RubricEngine.Language;
using RubricEngine.Language.Dossiers;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests.Scaling;

/// <summary>
/// Every reader is linear in its input: ten times the input costs at most about twelve times as much work,
/// counted as bytes allocated (see <see cref="Cost"/>), never timed. Covers positions on one long line (minified
/// JSON; the column counting itself is counted in <c>LineIndexTests</c>) and the "did you mean" hints for long
/// unknown keys, CSV headers and rubric names. Each test also checks that its small input does some work, so a
/// ratio of two near-zero counts cannot pass by accident.
/// </summary>
[Collection(nameof(RunsAlone))]
public class ReaderScalingTests(ITestOutputHelper output)
{
    private const double Allowed = 12;

    [Fact]
    public void ReadJson_MinifiedOnOneLine_IsLinear() =>
        AssertLinear("minified JSON", n => "[" + string.Join(",", Dossiers(n)) + "]", DossierFormat.Json, 200);

    [Fact]
    public void ReadJsonLines_IsLinear() =>
        AssertLinear("JSON Lines", n => string.Join("\n", Dossiers(n)), DossierFormat.JsonLines, 300);

    [Fact]
    public void ReadYaml_IsLinear() =>
        AssertLinear("YAML", n => string.Join("---\n", Enumerable.Range(0, n).Select(i =>
            $"id: d{i}\nsector: energy\nhas_permit: true\nlifecycle_emissions: 90 gCO2e/kWh\npanel:\n  - {{expert: A, market: 4}}\n")), DossierFormat.Yaml, 300);

    [Fact]
    public void ReadCsv_IsLinear() =>
        AssertLinear("CSV", n => "id,sector,has_permit,lifecycle_emissions [gCO2e/kWh],panel.expert,panel.market\n"
            + string.Concat(Enumerable.Range(0, n).Select(i => $"d{i},energy,true,90,A;B;C,4;3;5\n")), DossierFormat.Csv, 600);

    [Fact]
    public void ReadJson_LongUnknownKeys_IsLinear() =>
        AssertLinear("JSON unknown 5,000-character keys", n => "{\"id\": \"a\", \"sector\": \"energy\", "
            + string.Join(", ", Enumerable.Range(0, n).Select(i => $"\"{i:D6}{new string('k', 5_000)}\": 1")) + "}", DossierFormat.Json, 20);

    [Fact]
    public void ReadCsv_LongUnknownColumnOverManyRows_IsLinear() =>
        AssertLinear("CSV unknown 20,000-character column", n => $"id,sector,{new string('c', 20_000)}\n"
            + string.Concat(Enumerable.Range(0, n).Select(i => $"d{i},energy,1\n")), DossierFormat.Csv, 30);

    [Fact]
    public void LoadRubric_ManyLongMisspeltNames_IsLinear()
    {
        static string Rubric(int n)
        {
            var text = new StringBuilder("rubric t\noutcome no\n");
            var names = Enumerable.Range(0, n).Select(i => $"n{i:D5}_{new string('a', 200)}").ToList();
            names.ForEach(name => text.Append("input ").Append(name).Append(": decimal\n"));
            names.ForEach(name => text.Append("criterion c_").Append(name[..6]).Append(" when ").Append(name.Replace("aaa", "aab", StringComparison.Ordinal)).Append(" > 1\n"));
            return text.Append("classification\n  otherwise no\n").ToString();
        }

        var (small, large) = (Rubric(60), Rubric(600));
        var ratio = Cost.Ratio("rubric with misspelt 200-character names", () => Load(small), () => Load(large), output);

        Assert.InRange(ratio, 5, Allowed); // at least 5: the large rubric must really cost more
        static void Load(string text) => Assert.False(RubricLoader.LoadText("t.rubric", text).Succeeded);
    }

    private void AssertLinear(string name, Func<int, string> input, DossierFormat format, int size)
    {
        var (small, large) = (input(size), input(size * 10));
        var ratio = Cost.Ratio(name, () => Read(small, format), () => Read(large, format), output);
        Assert.InRange(ratio, 5, Allowed); // at least 5: the large input must really cost more
    }

    private static void Read(string text, DossierFormat format)
    {
        var reader = Screener.Create(TestRubrics.Emissions()).CreateReader(YamlDossierReader.Read);
        var count = 0;
        foreach (var read in reader.ReadText(text, "scale", format))
        {
            count++; // counted, not kept: holding every result would measure the garbage collector
        }

        Assert.True(count > 0);
    }

    private static IEnumerable<string> Dossiers(int n) => Enumerable.Range(0, n).Select(i => TestRubrics.EmissionsJson($"d{i}"));
}

/// <summary>Scaling tests run alone: they count this thread's allocations, and run long enough that they are best kept apart.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
