using RubricEngine.Explain.Tests.Fixtures;
using RubricEngine.Model.Text;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain.Tests;

public class TemplateErrorTests
{
    [Fact]
    public void RenderCustom_UnclosedBlock_ReportsSyntaxErrorAtItsPosition()
    {
        var result = Render.Custom("Outcome:\n  {{ if outcome.name }}yes\n", path: "my.md");

        Assert.Matches(@"^my\.md\(2,\d+\): error RUB0500: .*", Render.Error(result));
    }

    [Fact]
    public void RenderCustom_BadExpression_ReportsSyntaxErrorWithLineAndColumn()
    {
        var result = Render.Custom("ok\nok\n{{ outcome.title + }}", path: "templates/x.html");

        Assert.Matches(@"^templates/x\.html\(3,\d+\): error RUB0500: .+", Render.Error(result));
    }

    [Fact]
    public void RenderCustom_UnknownVariable_ReportsRuntimeErrorAtTheVariable()
    {
        var result = Render.Custom("line one\nthe {{ outcom.title }}", path: "typo.txt");

        Assert.StartsWith("typo.txt(2,8): error RUB0501: ", Render.Error(result), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderCustom_UnknownMember_ReportsRuntimeError()
    {
        var result = Render.Custom("{{ outcome.titel }}");

        Assert.Contains("error RUB0501", Render.Error(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnsupportedLanguage_ReportsTemplateNotFound()
    {
        var result = ExplanationRenderer.Render(SampleRubric.Build(), SampleDecisions.Aligned(), "fr", ExplanationFormat.Markdown);

        Assert.Contains("error RUB0505: There is no built-in template for language 'fr' and format 'md'", Render.Error(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DecisionOfAnotherRubric_ReportsMismatch()
    {
        var stranger = SampleDecisions.Aligned() with { Rubric = new RubricIdentity("gib", "2.0", "00") };

        var result = ExplanationRenderer.Render(SampleRubric.Build(), stranger, "en", ExplanationFormat.Text);

        Assert.Equal("error RUB0507: The decision was made by rubric 'gib' 2.0, not by 'mini-taxonomy' 1.0", Render.Error(result).TrimStart(':', ' '));
    }

    [Fact]
    public void RenderCustom_ValidTemplate_SeesTheDecisionData()
    {
        var result = Render.Custom("{{ dossier.id }}: {{ outcome.title }}, {{ criteria.size }} criteria, score {{ score.value }}");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("wind-farm-07: Taxonomy-aligned, 2 criteria, score 3.5", result.Value);
    }

    [Fact]
    public void TemplateDiagnostics_HaveSpansInTheTemplateFile()
    {
        var diagnostic = Assert.Single(Render.Custom("{{ for }}", path: "t.md").Diagnostics);

        Assert.Equal("t.md", diagnostic.Span.Path);
        Assert.True(diagnostic.Span.HasLocation);
        Assert.NotEqual(SourceSpan.None, diagnostic.Span);
    }
}
