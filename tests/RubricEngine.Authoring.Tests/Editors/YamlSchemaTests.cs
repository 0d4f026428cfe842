using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RubricEngine.Language;
using RubricEngine.Language.Yaml;
using YamlDotNet.RepresentationModel;

namespace RubricEngine.Authoring.Tests.Editors;

/// <summary>
/// <c>editors/rubric.schema.json</c> accepts every shipped YAML rubric (and the YAML form of every shipped DSL rubric,
/// as <c>rubric convert</c> writes it) and rejects broken ones. YAML is turned into JSON as YAML editors see it:
/// plain scalars that read as numbers or booleans are numbers or booleans, quoted scalars are strings.
/// </summary>
public class YamlSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Repository.PathOf("editors/rubric.schema.json")));

    public static TheoryData<string> ShippedRubrics() =>
        [.. Directory.GetFiles(Repository.PathOf("rubrics")).Select(f => "rubrics/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedRubrics))]
    public void Schema_ShippedRubricInYamlForm_IsValid(string path)
    {
        var text = File.ReadAllText(Repository.PathOf(path));
        var yaml = path.EndsWith(".rubric", StringComparison.Ordinal) ? RubricYamlWriter.Write(RubricLoader.LoadText(path, text).Value!) : text;
        var result = Evaluate(yaml);
        Assert.True(result.IsValid, Errors(result));
    }

    [Theory]
    [InlineData("criteria:", "criterias:")]
    [InlineData("    weight: 5.0", "    weight: heavy")]
    [InlineData("  method: weighted_mean", "  method: weighted_median")]
    [InlineData("    kind: gate", "    kind: barrier")]
    public void Schema_BrokenYamlRubric_IsRejected(string original, string broken)
    {
        var text = File.ReadAllText(Repository.PathOf("rubrics/yeda.yaml"));
        Assert.Contains(original, text, StringComparison.Ordinal);
        var result = Evaluate(text.Replace(original, broken, StringComparison.Ordinal));
        Assert.False(result.IsValid);
    }

    private static EvaluationResults Evaluate(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var document = JsonDocument.Parse(ToJson(stream.Documents[0].RootNode)!.ToJsonString());
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when s.Value is "true" or "false" => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when s.Value is null or "" or "~" or "null" => null,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when decimal.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };
}
