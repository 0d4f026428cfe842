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
    public void ScriptData_RefusesLiveObjects()
    {
        Assert.Throws<ArgumentException>(() => ScriptData.Object(("decision", SampleDecisions.Aligned())));
    }
}
