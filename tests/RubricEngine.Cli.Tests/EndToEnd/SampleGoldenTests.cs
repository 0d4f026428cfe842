namespace RubricEngine.Cli.Tests.EndToEnd;

/// <summary>
/// End to end through the command line, as a user runs it: the decision JSON and the English and Chinese
/// explanations of sample dossiers of every shipped rubric, against golden files in <c>EndToEnd/Golden/</c>.
/// After a deliberate change, rewrite them with <c>RUBRIC_UPDATE_GOLDEN=1</c> and review the diff.
/// </summary>
[Collection("cli")]
public class SampleGoldenTests
{
    public static TheoryData<string, string, string?> Samples() => new()
    {
        { "yeda", "samples/yeda/Y01-perovskite-tandem-cells.yaml", null },
        { "yeda", "samples/yeda/Y11-hydrogen-valve.yaml", null },
        { "yeda", "samples/yeda/Y09-smart-irrigation.yaml", null },
        { "gib", "samples/gib/G01-offshore-wind-east-anglia.yaml", null },
        { "gib", "samples/gib/G11-gas-peaker-plant.yaml", null },
        { "gib", "samples/gib/G19-conflicting-ratings.yaml", null },
        { "eu-taxonomy", "samples/eu-taxonomy/E05-reservoir-exactly-5wm2.yaml", null },
        { "eu-taxonomy", "samples/eu-taxonomy/E07-hydro-conflicting-lca.yaml", null },
        { "eu-taxonomy", "samples/eu-taxonomy/E08-hydro-unverified-conflict.yaml", null },
        { "eu-taxonomy", "samples/eu-taxonomy/E15-phev-2026.yaml", null },
        { "eu-taxonomy", "samples/eu-taxonomy/E18-nzeb-exactly-10.yaml", null },
        { "survey-cohort", "samples/survey-cohort/regions.csv", "Jiangsu" },
        { "survey-cohort", "samples/survey-cohort/regions.csv", "Qinghai" },
        { "survey-cohort", "samples/survey-cohort/regions.csv", "national" },
        { "survey-cohort", "samples/survey-sectors/sectors.csv", "Air pollution control" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_DecisionAndExplanations_MatchTheirGoldenFiles(string rubric, string dossier, string? id)
    {
        var rubricPath = $"rubrics/{rubric}.rubric";
        var name = id ?? Path.GetFileNameWithoutExtension(dossier);
        var json = CliRunner.Run("screen", "--rubric", rubricPath, "--dossiers", dossier, "--format", "json");
        Assert.Equal(0, json.Exit);
        AssertGolden($"{rubric}/{name}.decisions.json", id is null ? json.Out : Decision(json.Out, id));
        foreach (var language in new[] { "en", "zh" })
        {
            string[] args = ["explain", "--rubric", rubricPath, "--dossier", dossier, "--lang", language];
            var explained = CliRunner.Run(id is null ? args : [.. args, "--id", id]);
            Assert.True(explained.Exit == 0, explained.Error);
            AssertGolden($"{rubric}/{name}.{language}.md", explained.Out);
        }
    }

    private static string Decision(string array, string id)
    {
        using var document = System.Text.Json.JsonDocument.Parse(array);
        var decision = document.RootElement.EnumerateArray().Single(d => d.GetProperty("dossier").GetProperty("id").GetString() == id);
        return decision.GetRawText();
    }

    private static void AssertGolden(string relative, string actual)
    {
        var path = Path.Combine(CliRunner.RepositoryRoot, "tests", "RubricEngine.Cli.Tests", "EndToEnd", "Golden", relative);
        if (Environment.GetEnvironmentVariable("RUBRIC_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{relative} is missing; run with RUBRIC_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
