using RubricEngine.Explain.Tests.Fixtures;
using RubricEngine.Language;
using RubricEngine.Screening;

namespace RubricEngine.Explain.Tests;

/// <summary>
/// The built-in templates render every embedded example of every shipped rubric, in every language and
/// format, without a template error: real rubrics have shapes (lists, derived values, cohorts, dates) that
/// the small fixtures do not. The shipped rubrics' own golden files belong to the end-to-end tests.
/// </summary>
public class ShippedRubricTests
{
    public static TheoryData<string> Rubrics()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Golden.RepositoryRoot(), "rubrics")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rubrics))]
    public void Render_EveryExampleOfAShippedRubric_RendersInEveryLanguageAndFormat(string file)
    {
        var loaded = RubricLoader.LoadFile(Path.Combine(Golden.RepositoryRoot(), "rubrics", file));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var rubric = loaded.Value!;
        var screener = Screener.Create(rubric);
        var dossiers = rubric.Examples.Select(e => e.Dossier).ToList();
        var decisions = rubric.IsCohortRubric ? screener.ScreenCohort(dossiers) : [.. dossiers.Select(screener.Screen)];

        for (var i = 0; i < decisions.Count; i++)
        {
            foreach (var language in ExplanationRenderer.Languages)
            {
                foreach (var format in Enum.GetValues<ExplanationFormat>())
                {
                    var result = ExplanationRenderer.Render(rubric, decisions[i], language, format, dossiers[i]);
                    Assert.True(result.Succeeded, $"{file} example {i + 1} {language} {format}: {string.Join("\n", result.Diagnostics)}");
                    Assert.DoesNotContain("{{", result.Value!, StringComparison.Ordinal);
                }
            }
        }

        Assert.All(ExplanationRenderer.Languages, language => ExplanationRenderer.RenderBatchReport(rubric, decisions, language));
    }
}
