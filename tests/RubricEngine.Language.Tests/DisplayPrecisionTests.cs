using RubricEngine.Language.Yaml;

namespace RubricEngine.Language.Tests;

/// <summary><c>display precision N</c> (YAML <c>display_precision: N</c>) survives <c>rubric fmt</c> and <c>rubric convert</c> both ways.</summary>
public class DisplayPrecisionTests
{
    private const string Dsl = "rubric t\n  display precision 0\noutcome fail\nclassification\n  otherwise fail\n";

    [Fact]
    public void Format_ThenConvertToYamlAndBack_KeepsTheDisplayPrecision()
    {
        var rubric = RubricLoader.LoadText("t.rubric", Dsl).Value!;
        Assert.Equal(0, rubric.Metadata.DisplayPrecision);

        var formatted = RubricFormatter.Format(rubric);
        Assert.Contains("  display precision 0\n", formatted, StringComparison.Ordinal);
        var yaml = RubricYamlWriter.Write(RubricLoader.LoadText("f.rubric", formatted).Value!);
        Assert.Contains("display_precision: 0\n", yaml, StringComparison.Ordinal);
        var fromYaml = RubricLoader.LoadText("t.yaml", yaml).Value!;
        Assert.Equal(0, fromYaml.Metadata.DisplayPrecision);
        Assert.Equal(formatted, RubricFormatter.Format(fromYaml));
    }

    [Fact]
    public void Load_WithoutTheClause_LeavesTheDefault()
    {
        var rubric = RubricLoader.LoadText("t.rubric", "rubric t\noutcome fail\nclassification\n  otherwise fail\n").Value!;
        Assert.Null(rubric.Metadata.DisplayPrecision);
        Assert.DoesNotContain("display", RubricFormatter.Format(rubric), StringComparison.Ordinal);
        Assert.DoesNotContain("display_precision", RubricYamlWriter.Write(rubric), StringComparison.Ordinal);
    }
}
