using RubricEngine.Language.Yaml;
using static RubricEngine.Language.Tests.Yaml.YamlTestSupport;

namespace RubricEngine.Language.Tests.Yaml;

public class YamlRoundTripTests
{
    [Fact]
    public void Write_ThenLoad_GivesAnEqualRubric()
    {
        var rubric = Valid(LoadYaml("wind.yaml", Sample("wind.yaml")));
        var yaml = RubricYamlWriter.Write(rubric);
        ModelDiff.AssertEqual(rubric, Valid(LoadYaml("written.yaml", yaml)));
    }

    [Fact]
    public void Write_IsStable_WritingTheReloadedRubricGivesTheSameText()
    {
        var yaml = RubricYamlWriter.Write(Valid(LoadDsl("wind.rubric", Sample("wind.rubric"))));
        Assert.Equal(yaml, RubricYamlWriter.Write(Valid(LoadYaml("written.yaml", yaml))));
    }

    [Fact]
    public void Write_HandWrittenSample_GivesTheCanonicalText() =>
        Golden.AssertMatches(
            Path.Combine(SourceDirectory(), "Samples", "wind.canonical.yaml"), RubricYamlWriter.Write(Valid(LoadYaml("wind.yaml", Sample("wind.yaml")))));
}
