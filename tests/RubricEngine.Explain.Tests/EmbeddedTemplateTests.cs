using RubricEngine.Explain.Data;
using RubricEngine.Explain.Templates;
using RubricEngine.Explain.Tests.Fixtures;

namespace RubricEngine.Explain.Tests;

public class EmbeddedTemplateTests
{
    [Fact]
    public void EveryTemplateFile_IsEmbeddedWithTheSameText()
    {
        var directory = Path.Combine(Golden.RepositoryRoot(), "templates");
        var files = Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files.Select(f => "templates/" + f), TemplateCatalog.Names);
        Assert.All(files, f => Assert.Equal(File.ReadAllText(Path.Combine(directory, f!)), TemplateCatalog.Find("templates/" + f)!.Text));
    }

    [Fact]
    public void EveryLanguageAndFormat_HasABuiltInTemplate()
    {
        foreach (var language in ExplanationRenderer.Languages)
        {
            Assert.NotNull(TemplateCatalog.Find(TemplateCatalog.ReportName(language)));
            Assert.All(Enum.GetValues<ExplanationFormat>(), format => Assert.NotNull(ExplanationRenderer.BuiltInTemplate(language, format)));
        }
    }

    [Fact]
    public void EveryExplanationTemplate_WordsAConflictOnceAndShowsItUnderComparisonsAndInItsSection()
    {
        // One function per template writes a conflict (policy line, steps, candidates), so the two places cannot drift.
        foreach (var language in ExplanationRenderer.Languages)
        {
            var policyWords = language == "zh" ? "数值不一致；处理规则" : "values disagree; policy";
            foreach (var format in Enum.GetValues<ExplanationFormat>())
            {
                var text = ExplanationRenderer.BuiltInTemplate(language, format)!;
                Assert.Equal(1, Occurrences(text, policyWords));
                Assert.Equal(1, Occurrences(text, "func conflict_block("));
                Assert.Equal(1, Occurrences(text, "conflict_block cmp.conflict"));
                Assert.Equal(1, Occurrences(text, "conflict_block item.conflict"));
            }
        }
    }

    [Fact]
    public void ScriptData_RefusesLiveObjects()
    {
        Assert.Throws<ArgumentException>(() => ScriptData.Object(("decision", SampleDecisions.Aligned())));
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
