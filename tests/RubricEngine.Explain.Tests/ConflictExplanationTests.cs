using RubricEngine.Explain.Tests.Fixtures;
using RubricEngine.Language;
using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Dossiers;
using RubricEngine.Screening;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Explain.Tests;

/// <summary>
/// Values that disagree, explained: the policy line names what settled the conflict, and a value set aside by the
/// input's evidence requirements says which requirement it failed, in English and Chinese. The case is the shipped
/// EU hydropower sample E07: a verified ISO 14067 figure and a developer's self-declared one.
/// </summary>
public class ConflictExplanationTests
{
    [Theory]
    [InlineData("en", "policy: only one value meets the input's evidence requirements",
        "60 gCO2e/kWh (developer; Developer's technical description; self-declared): set aside (not admissible: not measured by the prescribed methodology)")]
    [InlineData("zh", "处理规则：仅一个值符合该输入的证据要求",
        "60 gCO2e/kWh（developer；Developer's technical description；自行声明）：舍弃（不可采：未采用规定的方法）")]
    public void Explain_ValueFailingARequirement_IsSetAsideWithTheRequirementItFails(string language, string policy, string setAside)
    {
        var text = Explain(language, "E07-hydro-conflicting-lca.yaml");

        Assert.Contains(policy, text, StringComparison.Ordinal);
        Assert.Contains(setAside, text, StringComparison.Ordinal);
        Assert.DoesNotContain("no policy", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_TwoAdmissibleValues_NamesThePolicyStepsOfTheRubric()
    {
        // Both figures are verified ISO 14067 studies: the rubric's own steps decide, and none is inadmissible.
        var text = Explain("en", "E07-hydro-conflicting-lca.yaml", verifyTheDeveloper: true);

        Assert.Contains("policy: prefer the latest evidence, then agree on the verdict", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not admissible", text, StringComparison.Ordinal);
    }

    private static string Explain(string language, string sample, bool verifyTheDeveloper = false)
    {
        var root = Golden.RepositoryRoot();
        var loaded = RubricLoader.LoadFile(Path.Combine(root, "rubrics", "eu-taxonomy.rubric"));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var dossierText = File.ReadAllText(Path.Combine(root, "samples", "eu-taxonomy", sample));
        if (verifyTheDeveloper)
        {
            dossierText = dossierText.Replace(
                "document: \"Developer's technical description\"",
                "document: \"Developer's technical description\"\n    method: \"ISO 14067:2018\"\n    verified_by: \"DNV\"\n    date: 2024-01-10",
                StringComparison.Ordinal);
        }

        var screener = Screener.Create(loaded.Value!);
        var read = Assert.Single(screener.CreateReader(YamlDossierReader.Read).ReadText(dossierText, sample, DossierFormat.Yaml));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var decision = screener.Screen(read.Dossier!);
        var result = ExplanationRenderer.Render(loaded.Value!, decision, language, ExplanationFormat.Text, read.Dossier);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
