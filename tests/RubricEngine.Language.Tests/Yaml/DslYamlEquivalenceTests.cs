using RubricEngine.Language.Yaml;
using static RubricEngine.Language.Tests.Yaml.YamlTestSupport;

namespace RubricEngine.Language.Tests.Yaml;

/// <summary>Every DSL rubric we have, converted to YAML and back, gives an equal model.</summary>
public class DslYamlEquivalenceTests
{
    /// <summary>The shipped rubrics, this folder's samples, and the DSL golden cases that load without errors.</summary>
    public static TheoryData<string> DslRubrics()
    {
        var root = RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "rubrics"), "*.rubric")
            .Concat(Directory.EnumerateFiles(Path.Combine(SourceDirectory(), "Samples"), "*.rubric"))
            .Concat(GoldenSuccesses(Path.Combine(root, "tests", "RubricEngine.Language.Tests", "Golden")))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(DslRubrics))]
    public void DslToYamlToDsl_GivesAnEqualModel(string file)
    {
        var fromDsl = Valid(LoadDsl(file, File.ReadAllText(Path.Combine(RepositoryRoot(), file))));
        var yaml = RubricYamlWriter.Write(fromDsl);
        var fromYaml = Valid(LoadYaml(file + ".yaml", yaml));
        ModelDiff.AssertEqual(fromDsl, fromYaml);
        ModelDiff.AssertEqual(fromDsl, Valid(LoadDsl(file, RubricFormatter.Format(fromYaml))));
        Assert.Equal(yaml, RubricYamlWriter.Write(fromYaml));
    }

    /// <summary>The YAML rubrics shipped in <c>rubrics/</c>; each has a DSL twin of the same name.</summary>
    public static TheoryData<string> ShippedYamlRubrics() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "rubrics"), "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>
    /// When the DSL twin changes, run the tests with RUBRIC_UPDATE_GOLDEN=1: the YAML is rewritten by the writer,
    /// keeping its leading comment block (comments further down are not kept).
    /// </summary>
    [Theory]
    [MemberData(nameof(ShippedYamlRubrics))]
    public void ShippedYamlRubric_LoadsEqualToItsDslTwin(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "rubrics");
        var fromDsl = RubricLoader.LoadFile(Path.Combine(folder, name + ".rubric"));
        Assert.Empty(fromDsl.Errors);
        var yamlPath = Path.Combine(folder, name + ".yaml");
        if (Environment.GetEnvironmentVariable("RUBRIC_UPDATE_GOLDEN") == "1")
        {
            var header = File.ReadLines(yamlPath).TakeWhile(line => line.StartsWith('#') || line.Length == 0);
            File.WriteAllText(yamlPath, string.Concat(header.Select(line => line + "\n")) + RubricYamlWriter.Write(fromDsl.Value!));
        }

        var fromYaml = RubricLoader.LoadFile(yamlPath);
        Assert.Empty(fromYaml.Errors);
        ModelDiff.AssertEqual(fromDsl.Value!, fromYaml.Value!);
    }

    [Fact]
    public void YedaYaml_LoadsEqualToYedaRubric() => ShippedYamlRubric_LoadsEqualToItsDslTwin("yeda");

    /// <summary>DSL golden inputs whose cases expect no error lines; the golden folder may not exist yet.</summary>
    private static IEnumerable<string> GoldenSuccesses(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.rubric", SearchOption.AllDirectories)
                .Where(f => LoadDsl(f, File.ReadAllText(f)) is { Rubric: not null } result && !result.Diagnostics.Any(d => d.IsError));
}
