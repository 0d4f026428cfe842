using static RubricEngine.Language.Tests.Yaml.YamlTestSupport;

namespace RubricEngine.Language.Tests.Yaml;

/// <summary>
/// Golden error cases: each <c>Errors/NN-name.yaml</c> is loaded as a user would load it, and its diagnostics must
/// equal the lines of <c>NN-name.txt</c> exactly. To rewrite the expectations, run with RUBRIC_UPDATE_GOLDEN=1
/// and <c>--filter FullyQualifiedName~Yaml</c>: the DSL golden files obey the same variable.
/// </summary>
public class YamlGoldenErrorTests
{
    private static string Folder => Path.Combine(SourceDirectory(), "Errors");

    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateFiles(Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_BrokenYaml_ReportsExactDiagnostics(string name)
    {
        var result = RubricLoader.LoadText(name + ".yaml", File.ReadAllText(Path.Combine(Folder, name + ".yaml")));
        var actual = string.Concat(result.Diagnostics.Select(d => d + "\n"));
        Assert.Null(result.Value);
        Assert.NotEmpty(result.Errors);
        Golden.AssertMatches(Path.Combine(Folder, name + ".txt"), actual);
    }
}
