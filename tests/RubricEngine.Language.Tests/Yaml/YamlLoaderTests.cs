using RubricEngine.Model.Rubrics;
using static RubricEngine.Language.Tests.Yaml.YamlTestSupport;

namespace RubricEngine.Language.Tests.Yaml;

public class YamlLoaderTests
{
    [Fact]
    public void Load_HandWrittenYaml_EqualsSameRubricInDsl()
    {
        var fromYaml = Valid(LoadYaml("wind.yaml", Sample("wind.yaml")));
        var fromDsl = Valid(LoadDsl("wind.rubric", Sample("wind.rubric")));
        ModelDiff.AssertEqual(fromDsl, fromYaml);
    }

    [Fact]
    public void Load_Declarations_CarrySpansIntoTheYamlFile()
    {
        var rubric = Valid(LoadYaml("wind.yaml", Sample("wind.yaml")));
        var capacity = rubric.Input("capacity")!;
        Assert.Equal(("wind.yaml", 19, 3), (capacity.Span.Path, capacity.Span.Line, capacity.Span.Column));
        var large = rubric.Criterion("large")!;
        Assert.Equal((56, 10), (large.Condition.Span.Line, large.Condition.Span.Column));
    }

    [Fact]
    public void Load_TheYamlExampleOfTheLanguageReference_HasNoErrors()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "language.md"));
        var section = page[page.IndexOf("## The YAML form", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var example = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
        Valid(LoadYaml("doc-example.yaml", example));
    }
}
