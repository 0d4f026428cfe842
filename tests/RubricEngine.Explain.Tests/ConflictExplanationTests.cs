using RubricEngine.Explain.Tests.Fixtures;
using RubricEngine.Language;
using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Dossiers;
using RubricEngine.Screening;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Explain.Tests;

/// <summary>
/// Values that disagree, explained: the policy line names what settled the conflict, and a value set aside by the
/// input's evidence requirements says which requirement it failed; a conflict settled by a step names the step, and one
/// left unresolved shows each step with how many candidates it kept and why the resolution stopped; all in English and
/// Chinese, and all read from the decision, so the same without the dossier. The case is the shipped EU hydropower
/// sample E07 (a verified ISO 14067 figure and a developer's self-declared one), and variants of it.
/// </summary>
public class ConflictExplanationTests
{
    // The life-cycle figure's requirement in the shipped EU rubric, which the developer's figure fails.
    private const string Requirement = "requires method \"Recommendation 2013/179/EU\" or \"ISO 14067:2018\" or \"ISO 14064-1:2018\"";
    private const string RequirementInHtml = "requires method &quot;Recommendation 2013/179/EU&quot; or &quot;ISO 14067:2018&quot; or &quot;ISO 14064-1:2018&quot;";

    [Theory]
    [InlineData("en", "policy: only one value meets the input's evidence requirements",
        "60 gCO2e/kWh (developer; Developer's technical description; self-declared): set aside (not admissible: not measured by the prescribed methodology)")]
    [InlineData("zh", "处理规则：仅一个值符合该输入的证据要求",
        "60 gCO2e/kWh（developer；Developer's technical description；自行声明）：舍弃（不可采：未采用规定的方法）")]
    public void Explain_ValueFailingARequirement_IsSetAsideWithTheRequirementItFails(string language, string policy, string setAside)
    {
        var text = Explain(language, Sample());

        Assert.Contains(policy, text, StringComparison.Ordinal);
        Assert.Contains(setAside, text, StringComparison.Ordinal);
        Assert.DoesNotContain("no policy", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", ExplanationFormat.Text, "set aside (not admissible: not measured by the prescribed methodology); requirement: " + Requirement)]
    [InlineData("en", ExplanationFormat.Markdown, "set aside (not admissible: not measured by the prescribed methodology); requirement: `" + Requirement + "`")]
    [InlineData("en", ExplanationFormat.Html, "set aside (not admissible: not measured by the prescribed methodology); requirement: <code>" + RequirementInHtml + "</code></li>")]
    [InlineData("zh", ExplanationFormat.Text, "舍弃（不可采：未采用规定的方法）；证据要求：" + Requirement)]
    [InlineData("zh", ExplanationFormat.Markdown, "舍弃（不可采：未采用规定的方法）；证据要求：`" + Requirement + "`")]
    [InlineData("zh", ExplanationFormat.Html, "舍弃（不可采：未采用规定的方法）；证据要求：<code>" + RequirementInHtml + "</code></li>")]
    public void Explain_InadmissibleCandidate_ShowsTheRequirementAsTheRubricWritesIt(string language, ExplanationFormat format, string line)
    {
        var text = Explain(language, Sample(), format: format);

        Assert.Contains(line, text, StringComparison.Ordinal);
        Assert.Equal(1, text.Split(language == "zh" ? "证据要求：" : "requirement: ").Length - 1);
    }

    [Fact]
    public void Explain_TwoAdmissibleValues_NamesThePolicyStepsOfTheRubric()
    {
        // Both figures are verified ISO 14067 studies: the rubric's own steps decide, and none is inadmissible.
        var text = Explain("en", Sample(verifyTheDeveloper: true));

        Assert.Contains("policy: prefer the latest evidence, then agree on the verdict", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not admissible", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "step 1: prefer verified evidence kept 2 of 2: all verified", "- stopped: no further step: the values stay in conflict",
        "- 60 gCO2e/kWh (developer; Developer's technical description; verified by DNV; method ISO 14067:2018; dated 2025-09-30): in conflict")]
    [InlineData("zh", "第 1 步：优先采用经核实的证据：2 个值中保留 2 个（均经核实）", "- 停止原因：没有后续步骤：这些值仍相互冲突",
        "- 60 gCO2e/kWh（developer；Developer's technical description；由 DNV 核实；方法 ISO 14067:2018；日期 2025-09-30）：仍相互冲突")]
    public void Explain_UnresolvedConflict_ShowsEachStepWhatItKeptAndWhyTheResolutionStopped(string language, string step, string stopped, string candidate)
    {
        var text = Explain(language, Sample(verifyTheDeveloper: true), PreferVerifiedOnly());

        Assert.Contains(step, text, StringComparison.Ordinal);
        Assert.Contains(stopped, text, StringComparison.Ordinal);
        Assert.Contains(candidate, text, StringComparison.Ordinal);
        Assert.Contains("120 gCO2e/kWh", ConflictLines(text)[^2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "step 1: prefer the latest evidence kept 1 of 2: kept the latest", "- stopped: prefer the latest evidence left one value",
        "page 17; verified by TÜV SÜD; method ISO 14067:2018; dated 2025-09-30): set aside (at step 1, prefer the latest evidence)")]
    [InlineData("zh", "第 1 步：优先采用最新的证据：2 个值中保留 1 个（保留日期最新的值）", "- 停止原因：经“优先采用最新的证据”后只剩一个值",
        "日期 2025-09-30）：舍弃（第 1 步，优先采用最新的证据）")]
    public void Explain_ConflictResolvedByAStep_NamesTheStepThatSetTheValueAside(string language, string step, string stopped, string setAside)
    {
        var text = Explain(language, Sample(verifyTheDeveloper: true, developerDate: "2025-12-01"));

        Assert.Contains(step, text, StringComparison.Ordinal);
        Assert.Contains(stopped, text, StringComparison.Ordinal);
        Assert.Contains(setAside, text, StringComparison.Ordinal);
        Assert.EndsWith("dated 2025-12-01): kept", ConflictLines(Explain("en", Sample(verifyTheDeveloper: true, developerDate: "2025-12-01")))[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "step 2: agree on the verdict kept 2 of 2: each criterion judges every candidate", "- stopped: left to the criteria by agree on the verdict", "): judged by each criterion")]
    [InlineData("zh", "第 2 步：以判定结果是否一致为准：2 个值中保留 2 个（由各项标准分别判定每个候选值）", "- 停止原因：按“以判定结果是否一致为准”交由各项标准判定", "）：由各项标准判定")]
    public void Explain_ConflictAwaitingVerdicts_SaysTheCriteriaJudgeTheCandidates(string language, string step, string stopped, string fate)
    {
        var text = Explain(language, Sample(verifyTheDeveloper: true));

        Assert.Contains(step, text, StringComparison.Ordinal);
        Assert.Contains(stopped, text, StringComparison.Ordinal);
        Assert.Equal(2, ConflictLines(text).Count(l => l.EndsWith(fate, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("en", "values disagree; policy: prefer the latest evidence, then agree on the verdict (handed to the criteria: each criterion judges every candidate)",
        "policy: prefer verified evidence (unresolved: the policy cannot choose)", "cannot choose")]
    [InlineData("zh", "数值不一致；处理规则：优先采用最新的证据，其次以判定结果是否一致为准（交由各项标准判定：每项标准分别判定每个候选值）",
        "处理规则：优先采用经核实的证据（未解决：处理规则无法选定）", "无法选定")]
    public void Explain_ConflictAwaitingVerdicts_SaysThePolicyHandsItToTheCriteria_NotThatItCannotChoose(string language, string awaiting, string unresolved, string cannotChoose)
    {
        foreach (var format in Enum.GetValues<ExplanationFormat>())
        {
            var handed = Explain(language, Sample(verifyTheDeveloper: true), format: format);
            Assert.Contains(awaiting, handed, StringComparison.Ordinal);
            Assert.DoesNotContain(cannotChoose, handed, StringComparison.Ordinal);

            // A conflict the steps leave unresolved still says so.
            Assert.Contains(unresolved, Explain(language, Sample(verifyTheDeveloper: true), PreferVerifiedOnly(), format: format), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Explain_WithoutTheDossier_GivesTheSameConflictFromTheDecisionAlone(string language)
    {
        foreach (var (dossier, rubricText) in new[] { (Sample(), (string?)null), (Sample(verifyTheDeveloper: true), PreferVerifiedOnly()), (Sample(verifyTheDeveloper: true, developerDate: "2025-12-01"), null) })
        {
            var withDossier = ConflictLines(Explain(language, dossier, rubricText));
            var decisionOnly = ConflictLines(Explain(language, dossier, rubricText, withDossier: false));

            Assert.True(withDossier.Count >= 3, string.Join("\n", withDossier));
            Assert.Equal(withDossier, decisionOnly);
        }
    }

    /// <summary>The conflict block of a text explanation: its policy line and the lines under it.</summary>
    private static List<string> ConflictLines(string text)
    {
        var lines = text.Split('\n').ToList();
        var start = lines.FindIndex(l => l.Contains("values disagree; policy", StringComparison.Ordinal) || l.Contains("数值不一致；处理规则", StringComparison.Ordinal));
        Assert.True(start >= 0, text);
        return [lines[start], .. lines.Skip(start + 1).TakeWhile(l => l.StartsWith("            - ", StringComparison.Ordinal))];
    }

    /// <summary>The shipped E07 sample; optionally with the developer's figure verified ISO 14067 as well, of a date.</summary>
    private static string Sample(bool verifyTheDeveloper = false, string developerDate = "2025-09-30")
    {
        var text = File.ReadAllText(Path.Combine(Golden.RepositoryRoot(), "samples", "eu-taxonomy", "E07-hydro-conflicting-lca.yaml"));
        return verifyTheDeveloper
            ? text.Replace(
                "document: \"Developer's technical description\"",
                $"document: \"Developer's technical description\"\n    method: \"ISO 14067:2018\"\n    verified_by: \"DNV\"\n    date: {developerDate}",
                StringComparison.Ordinal)
            : text;
    }

    /// <summary>The shipped EU rubric with the life-cycle figure's policy cut to one step: two verified figures stay in conflict.</summary>
    private static string PreferVerifiedOnly()
    {
        var text = File.ReadAllText(Path.Combine(Golden.RepositoryRoot(), "rubrics", "eu-taxonomy.rubric"));
        var input = text.IndexOf("input lifecycle_emissions", StringComparison.Ordinal);
        var policy = text.IndexOf("when conflicting prefer latest, then agree on verdict", input, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, policy), "when conflicting prefer verified", text.AsSpan(policy + "when conflicting prefer latest, then agree on verdict".Length));
    }

    private static string Explain(string language, string dossierText, string? rubricText = null, bool withDossier = true, ExplanationFormat format = ExplanationFormat.Text)
    {
        var root = Golden.RepositoryRoot();
        var loaded = rubricText is null ? RubricLoader.LoadFile(Path.Combine(root, "rubrics", "eu-taxonomy.rubric")) : RubricLoader.LoadText("eu-taxonomy.rubric", rubricText);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var screener = Screener.Create(loaded.Value!);
        var read = Assert.Single(screener.CreateReader(YamlDossierReader.Read).ReadText(dossierText, "E07.yaml", DossierFormat.Yaml));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var decision = screener.Screen(read.Dossier!);
        var result = ExplanationRenderer.Render(loaded.Value!, decision, language, format, withDossier ? read.Dossier : null);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
