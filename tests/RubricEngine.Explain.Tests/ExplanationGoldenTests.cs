using RubricEngine.Explain.Tests.Fixtures;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain.Tests;

/// <summary>
/// Every built-in explanation template, in every language, for each sample decision, against a golden file
/// in <c>Golden/NN-case/explain.LANG.EXT</c>.
/// </summary>
public class ExplanationGoldenTests
{
    private static readonly Dictionary<string, Func<Decision>> Cases = new()
    {
        ["01-aligned"] = () => SampleDecisions.Aligned(),
        ["02-insufficient-evidence"] = SampleDecisions.Insufficient,
    };

    public static TheoryData<string, string, ExplanationFormat> AllCases()
    {
        var data = new TheoryData<string, string, ExplanationFormat>();
        foreach (var name in Cases.Keys)
        {
            foreach (var language in ExplanationRenderer.Languages)
            {
                foreach (var format in Enum.GetValues<ExplanationFormat>())
                {
                    data.Add(name, language, format);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Render_SampleDecision_MatchesGoldenFile(string caseName, string language, ExplanationFormat format)
    {
        var result = ExplanationRenderer.Render(SampleRubric.Build(), Cases[caseName](), language, format);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Golden.AssertMatches(Path.Combine(caseName, $"explain.{language}.{Extension(format)}"), result.Value!);
    }

    private static string Extension(ExplanationFormat format) => format switch
    {
        ExplanationFormat.Markdown => "md",
        ExplanationFormat.Html => "html",
        _ => "txt",
    };
}
