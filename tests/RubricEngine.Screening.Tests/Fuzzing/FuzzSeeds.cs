using System.Text;
using System.Text.Json;
using RubricEngine.Language;
using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Screening.Tests.Fuzzing;

/// <summary>The shipped rubrics and sample dossiers the fuzzer starts from; JSON seeds are the YAML samples converted.</summary>
internal static class FuzzSeeds
{
    public static string Root { get; } = FindRoot();

    public static string[] DslRubrics() =>
        [.. Directory.GetFiles(Path.Combine(Root, "rubrics"), "*.rubric").Concat(
            Directory.GetFiles(Path.Combine(Root, "tests", "RubricEngine.Language.Tests", "Golden"), "input.rubric", SearchOption.AllDirectories)).Concat(
            Directory.GetFiles(Path.Combine(Root, "tests", "fixtures"), "*.rubric", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    public static string[] YamlRubrics() =>
        [.. Directory.GetFiles(Path.Combine(Root, "rubrics"), "*.yaml").Concat(
            Directory.GetFiles(Path.Combine(Root, "tests", "RubricEngine.Language.Tests", "Yaml", "Samples"), "*.yaml"))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>Each sample folder's YAML dossiers with the shipped rubric of the same name.</summary>
    public static (string[] Texts, Rubric[] Rubrics) YamlDossiers()
    {
        var pairs = new List<(string, Rubric)>();
        foreach (var rubric in new[] { "eu-taxonomy", "gib", "yeda" })
        {
            var model = RubricLoader.LoadFile(Path.Combine(Root, "rubrics", rubric + ".rubric")).Value!;
            foreach (var file in Directory.GetFiles(Path.Combine(Root, "samples"), "*.yaml", SearchOption.AllDirectories)
                .Where(f => f.Contains($"/{rubric}/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                pairs.Add((File.ReadAllText(file), model));
            }
        }

        return ([.. pairs.Select(p => p.Item1)], [.. pairs.Select(p => p.Item2)]);
    }

    /// <summary>The YAML samples as JSON objects, one line each.</summary>
    public static string[] AsJson(string[] yaml) =>
        [.. yaml.Select(text => string.Join("\n", YamlDossierReader.Read(new StringReader(text), "seed.yaml")
            .Where(d => d.Node is not null).Select(d => Json(d.Node!))))];

    public static (string[] Texts, Rubric[] Rubrics) CsvDossiers()
    {
        var survey = RubricLoader.LoadFile(Path.Combine(Root, "rubrics", "survey-cohort.rubric")).Value!;
        var emissions = Support.TestRubrics.Emissions();
        var texts = Directory.GetFiles(Path.Combine(Root, "samples"), "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var rubrics = texts.Select(_ => survey).ToList();
        texts.Add("id,sector,has_permit,lifecycle_emissions [gCO2e/kWh],panel.expert,panel.market,evidence\n"
            + "A,energy,true,90 @lca,X;Y;Z,4;3;5,lca; LCA report; 12; TUV; 2024-05-01\n"
            + "B,energy,yes,0.1 kgCO2e/kWh | 120,A\\;B;C;D,1;2;3;4,\n"
            + "\"C, quoted\",transport,no,\"1,000\",E,,x; doc \\| annex\n");
        rubrics.Add(emissions);
        return ([.. texts], [.. rubrics]);
    }

    private static string Json(RawNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, RawNode node)
    {
        switch (node)
        {
            case RawMap map:
                writer.WriteStartObject();
                foreach (var field in map.Fields)
                {
                    writer.WritePropertyName(field.Key);
                    Write(writer, field.Value);
                }

                writer.WriteEndObject();
                break;
            case RawList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case RawScalar { Text: null }:
                writer.WriteNullValue();
                break;
            case RawScalar scalar:
                writer.WriteStringValue(scalar.Text);
                break;
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RubricEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find RubricEngine.sln above the test folder.");
    }
}
