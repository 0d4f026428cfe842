using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Tests.Yaml;

/// <summary>The conveniences of the YAML form: short forms, two ways to write records, and where errors point.</summary>
public class YamlFormTests
{
    private const string Head = """
        rubric: demo
        outcomes: {yes_: {}, no_: {}}
        classification:
          tiers:
            - yes_: large
          otherwise: no_

        """;

    [Fact]
    public void ShortForms_GiveTheSameRubricAsFullMappings()
    {
        var shortForm = Load(Head + """
            inputs:
              capacity: quantity in MW
            derived:
              twice: capacity * 2
            criteria:
              large: twice >= 10 MW
            """);
        var longForm = Load(Head + """
            inputs:
              capacity: {type: quantity in MW, optional: false}
            derived:
              twice: {formula: capacity * 2}
            criteria:
              large: {kind: criterion, when: twice >= 10 MW}
            """);
        Assert.Equal(shortForm, longForm);
    }

    [Fact]
    public void Records_AsMappingsOrAsTable_GiveTheSameRubric()
    {
        const string Schema = """
            inputs:
              panel:
                type: list of records
                fields: {expert: text, score: decimal, note: {type: text, optional: true}}
            criteria:
              large: mean of panel.score > 3
            examples:
              One:

            """;
        var records = Load(Head + Schema + """
                given:
                  panel:
                    - {expert: E1, score: 4, note: fine}
                    - {score: 2, expert: E2}
                expect: {outcome: yes_}
            """);
        var table = Load(Head + Schema + """
                given:
                  panel:
                    columns: [expert, score, note]
                    rows: [[E1, 4, fine], ["E2", 2, ~]]
                expect: {outcome: yes_}
            """);
        Assert.Equal(records, table);
    }

    [Fact]
    public void ScalarTitle_IsTheEnglishText()
    {
        var rubric = Load(Head + "title: Wind\ninputs: {large: boolean}\n");
        Assert.Equal(LocalizedText.Of(("en", "Wind")), rubric.Metadata.Title);
    }

    [Fact]
    public void QuotedGivenValue_IsAlwaysText_SoADateInQuotesIsATypeError()
    {
        var result = RubricLoader.LoadText("q.yaml", Head + """
            inputs: {large: boolean, opened: date}
            examples:
              One:
                given: {large: true, opened: "2026-01-01"}
                expect: {outcome: yes_}
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal((DiagnosticCatalog.TypeMismatch, 10, 34), (error.Descriptor, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void ExpressionError_OnTheSecondLineOfAPlainScalar_PointsAtThatLine()
    {
        var result = RubricLoader.LoadText("m.yaml", Head + "inputs: {capacity: decimal}\ncriteria:\n  large: capacity >\n    and 3\n");
        Assert.Equal("m.yaml(10,5): error RUB0001: Unexpected 'and'; expected an expression", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void ExpressionError_InAQuotedScalarWithEscapes_PointsIntoThatScalar()
    {
        var result = RubricLoader.LoadText("e.yaml", Head + "inputs: {name: text}\ncriteria:\n  large: \"name = \\\"x\\\" and\"\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal((9, "RUB0001"), (error.Span.Line, error.Code));
        Assert.InRange(error.Span.Column, 10, 30);
    }

    [Fact]
    public void YmlExtension_IsReadAsYaml() =>
        Assert.Empty(RubricLoader.LoadText("short.yml", Head + "inputs: {large: boolean}\n").Errors);

    private static Rubric Load(string yaml)
    {
        var result = RubricLoader.LoadText("form.yaml", yaml);
        Assert.True(result.Value is not null, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
