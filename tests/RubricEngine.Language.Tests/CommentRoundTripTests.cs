using RubricEngine.Language.Yaml;

namespace RubricEngine.Language.Tests;

/// <summary>Comments survive formatting and conversion in both directions, each at its declaration.</summary>
public class CommentRoundTripTests
{
    private const string Text = """
        # Header note, before the rubric line.
        rubric t
        outcome yes
        outcome no
        # Why the capacity matters.
        input capacity: quantity in MW
        input rating: decimal // a trailing note
        group g weight 1
          # Between indicators: kept with the group.
          indicator i weight 1
            score rating
        score total is weighted mean
        criterion big when capacity > 10 MW
        classification
          yes when big and total > 2
          otherwise no
        # The end.
        """;

    public static TheoryData<string> ShippedDsl()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Paths.Rubrics, "*.rubric").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedDsl))]
    public void DslToYamlToDsl_ShippedRubric_KeepsEveryCommentAtItsDeclaration(string file)
    {
        var text = File.ReadAllText(Path.Combine(Paths.Rubrics, file));
        var rubric = RubricLoader.LoadText(file, text).Value!;
        var original = RubricComments.Read(file, text);

        var yaml = RubricYamlWriter.Write(rubric, original);
        var fromYaml = RubricComments.Read("t.yaml", yaml);
        var dsl = RubricFormatter.Format(RubricLoader.LoadText("t.yaml", yaml).Value!, fromYaml);
        var back = RubricComments.Read("t.rubric", dsl);

        Assert.True(original.Count > 0, $"{file} has no comments to keep");
        Assert.Equal(Flatten(original), Flatten(fromYaml));
        Assert.Equal(Flatten(original), Flatten(back));
        Assert.Equal(dsl, RubricFormatter.Format(rubric, back)); // formatting with comments is idempotent
    }

    /// <summary>The survey rubric is kept in canonical form: <c>rubric fmt</c> changes nothing, givens and comments included.</summary>
    [Fact]
    public void Format_ShippedSurveyRubric_IsItsOwnCanonicalForm()
    {
        var text = File.ReadAllText(Path.Combine(Paths.Rubrics, "survey-cohort.rubric"));
        var rubric = RubricLoader.LoadText("survey-cohort.rubric", text).Value!;

        Assert.Equal(text, RubricFormatter.Format(rubric, RubricComments.Read("survey-cohort.rubric", text)));
    }

    [Fact]
    public void Format_CommentsInsideAndAfterDeclarations_AreWrittenBeforeTheirDeclaration()
    {
        var rubric = RubricLoader.LoadText("t.rubric", Text).Value!;

        var formatted = RubricFormatter.Format(rubric, RubricComments.Read("t.rubric", Text));

        Assert.Equal("""
            # Header note, before the rubric line.
            rubric t

            outcome yes

            outcome no

            # Why the capacity matters.
            input capacity: quantity in MW

            # a trailing note
            input rating: decimal

            criterion big when capacity > 10 MW

            # Between indicators: kept with the group.
            group g weight 1
              indicator i weight 1
                score rating

            score total is weighted mean

            classification
              yes when big and total > 2
              otherwise no

            # The end.

            """.Replace("\r\n", "\n", StringComparison.Ordinal), formatted);
    }

    [Fact]
    public void WriteYaml_Comments_AreYamlCommentsBeforeTheirKeys()
    {
        var rubric = RubricLoader.LoadText("t.rubric", Text).Value!;

        var yaml = RubricYamlWriter.Write(rubric, RubricComments.Read("t.rubric", Text));

        Assert.StartsWith("# Header note, before the rubric line.\nrubric: t\n", yaml, StringComparison.Ordinal);
        Assert.Contains("inputs:\n  # Why the capacity matters.\n  capacity: quantity in MW\n  # a trailing note\n  rating: decimal\n", yaml, StringComparison.Ordinal);
        Assert.EndsWith("\n# The end.\n", yaml, StringComparison.Ordinal);
        Assert.Equal(rubric, RubricLoader.LoadText("t.yaml", yaml).Value);
    }

    [Fact]
    public void ReadYaml_HashInsideABlockScalar_IsTextNotAComment()
    {
        const string yaml = "rubric: t\nderived:\n  # real comment\n  d: >\n    1 +\n    # not a comment\n    2\n";

        var comments = RubricComments.Read("t.yaml", yaml);

        Assert.Equal(["derived:d |real comment"], Flatten(comments));
    }

    private static List<string> Flatten(RubricComments comments) =>
        [.. comments.Keys.SelectMany(key => comments.For(key).Select(line => key + " |" + line.Trim()))];
}
