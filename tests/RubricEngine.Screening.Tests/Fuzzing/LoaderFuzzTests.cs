using RubricEngine.Language;
using Xunit.Abstractions;

namespace RubricEngine.Screening.Tests.Fuzzing;

/// <summary>The rubric loaders never throw and never hang: every mutated rubric gives a rubric or positioned errors.</summary>
[Trait("Category", "Fuzz")]
public class LoaderFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] DslTokens =
    [
        "rubric ", "outcome ", "input ", "derived ", "criterion ", "gate ", "group ", "indicator ", "score ", "classification\n",
        "when ", "otherwise ", "and ", "or ", "not ", "any of (", "mean of ", "share of ", "rank by ", "(", ")", ",", ":", "=",
        "<", ">=", "\"", "100 gCO2e/kWh", "10 %", "2026-13-45", "# c\n", "\n", "\n  ", "\t", "{x}", "weight 5.0", "field ", "\\",
    ];

    private static readonly string[] YamlTokens =
    [
        "\n", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "---\n", "? ", "|\n", ">\n", "\"", "'", "#", "\t", "<<: *a\n",
        "  ", "weight: ", "when: ", "1 MW", "any of (", ")", "not ", "type: ", "records:", "\\u", "%YAML 1.2\n", "...\n",
    ];

    [Fact]
    public void LoadDsl_MutatedRubrics_NeverThrowAndReportPositionedErrors() =>
        FuzzRun.Run("DSL loader", new FuzzMutator(FuzzSeeds.DslRubrics(), DslTokens, "("), 1301, (text, _, _) => Check("fuzz.rubric", text), output);

    [Fact]
    public void LoadYaml_MutatedRubrics_NeverThrowAndReportPositionedErrors() =>
        FuzzRun.Run("YAML rubric loader", new FuzzMutator(FuzzSeeds.YamlRubrics(), YamlTokens, "["), 1302, (text, _, _) => Check("fuzz.yaml", text), output);

    private static void Check(string path, string text)
    {
        var result = RubricLoader.LoadText(path, text);
        Assert.True(result.Value is not null || result.Errors.Any(), "neither a rubric nor an error");
        Assert.All(result.Diagnostics, d => Assert.True(d.Span.Line >= 1, $"no position: {d}"));
    }
}
