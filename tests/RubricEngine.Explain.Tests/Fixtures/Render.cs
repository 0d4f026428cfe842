using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Explain.Tests.Fixtures;

/// <summary>Shortcuts for rendering a custom template against the sample rubric and decision.</summary>
internal static class Render
{
    public static Result<string> Custom(string templateText, string language = "en", string path = "custom.txt") =>
        ExplanationRenderer.RenderCustom(SampleRubric.Build(), SampleDecisions.Aligned(), language, path, templateText);

    /// <summary>The single diagnostic line of a failed render.</summary>
    public static string Error(Result<string> result)
    {
        Assert.False(result.Succeeded, "expected the render to fail, but it gave: " + result.Value);
        return Assert.Single(result.Diagnostics).ToString();
    }
}
