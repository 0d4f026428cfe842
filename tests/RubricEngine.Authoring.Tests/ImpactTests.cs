using System.Text.RegularExpressions;
using RubricEngine.Authoring.Impact;
using RubricEngine.Language.Dossiers;
using RubricEngine.Screening;

namespace RubricEngine.Authoring.Tests;

public class ImpactTests
{
    [Theory]
    [MemberData(nameof(RevisionCase.Names), MemberType = typeof(RevisionCase))]
    public void Impact_OfShippedRevisionOnSamples_MatchesGoldenTableJsonAndCsv(string name)
    {
        var c = RevisionCase.Read(name);
        var report = Run(c);
        Repository.AssertGolden(c.Expected("impact.txt"), Repository.Relative(ImpactFormats.Table(report, "en")));
        Repository.AssertGolden(c.Expected("impact.zh.txt"), Repository.Relative(ImpactFormats.Table(report, "zh")));
        Repository.AssertGolden(c.Expected("impact.json"), Repository.Relative(ImpactFormats.Json(report)));
        Repository.AssertGolden(c.Expected("impact.csv"), Repository.Relative(ImpactFormats.Csv(report)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void ImpactHtml_OfTwoEditRevision_MatchesGoldenPage(string language)
    {
        var c = RevisionCase.Read("05-two-edits");
        var html = ImpactHtml.Render(Run(c), language);
        Repository.AssertGolden(c.Expected($"impact.{language}.html"), Repository.Relative(html));
    }

    [Theory]
    [MemberData(nameof(RevisionCase.Names), MemberType = typeof(RevisionCase))]
    public void ImpactInChinese_TableAndPage_PutFullWidthPunctuationBetweenChineseWords(string name)
    {
        var report = Run(RevisionCase.Read(name));
        foreach (var text in new[] { ImpactFormats.Table(report, "zh"), System.Net.WebUtility.HtmlDecode(ImpactHtml.Render(report, "zh")) })
        {
            // ASCII , ; : ( ) beside a Chinese character (a space between allowed): "21 份材料, 19", "; 原因", "(先申请专利".
            var ascii = Regex.Matches(text, @"[\u4e00-\u9fff] ?[,;:()]|[,;:()] ?[\u4e00-\u9fff]").Select(m => m.Value);
            Assert.Empty(ascii);
        }
    }

    [Fact]
    public void Impact_TransitionCounts_AddUpToTheDossiersAndAgreeWithPlainScreenings()
    {
        var c = RevisionCase.Read("05-two-edits");
        var report = Run(c);
        Assert.Equal(report.Dossiers, report.Transitions.Sum(t => t.Count));
        var before = Outcomes(c.Old, c.Dossiers);
        var after = Outcomes(c.New, c.Dossiers);
        var expected = before.Keys.GroupBy(id => (before[id], after[id])).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected, report.Transitions.ToDictionary(t => (t.From, t.To), t => t.Count));
    }

    /// <summary>
    /// The attribution against screenings with one edit applied at a time, each written by hand as its own rubric
    /// file: an edit is named as a cause exactly when its file alone changes the dossier's outcome (for a flip)
    /// or score (for a score change).
    /// </summary>
    [Fact]
    public void Impact_Causes_AgreeWithHandWrittenSingleEditRubrics()
    {
        var c = RevisionCase.Read("05-two-edits");
        var report = Run(c);
        var old = Decisions(c.Old, c.Dossiers);
        var weightOnly = Decisions($"{RelativeFolder(c)}/weight-only.rubric", c.Dossiers);
        var thresholdOnly = Decisions($"{RelativeFolder(c)}/threshold-only.rubric", c.Dossiers);
        var weightEdit = Assert.Single(report.Edits, e => e.Aspect == "weight").Number;
        var thresholdEdit = Assert.Single(report.Edits, e => e.Aspect == "threshold").Number;
        Assert.NotEmpty(report.Changes);
        Assert.Contains(report.Changes, ch => ch.OutcomeChanged);
        foreach (var change in report.Changes)
        {
            bool Causes(Dictionary<string, (string Outcome, decimal? Score)> alone) => change.OutcomeChanged
                ? alone[change.DossierId].Outcome != old[change.DossierId].Outcome
                : alone[change.DossierId].Score != old[change.DossierId].Score;
            var expected = new[] { (weightEdit, Causes(weightOnly)), (thresholdEdit, Causes(thresholdOnly)) }.Where(p => p.Item2).Select(p => p.Item1);
            Assert.Equal(expected.Order(), change.Causes.Order());
        }
    }

    [Fact]
    public void Impact_RevisionThatChangesNothing_ReportsNoChangedDossier()
    {
        var report = ImpactAnalysis.Run("a", Repository.Load("rubrics/yeda.rubric"), "b", Repository.Load("rubrics/yeda.yaml"), [Repository.PathOf("samples/yeda")], threads: 1);
        Assert.Empty(report.Changes);
        Assert.All(report.Transitions, t => Assert.Equal(t.From, t.To));
    }

    private static string RelativeFolder(RevisionCase c) => Path.GetRelativePath(Repository.Root, c.Folder);

    private static ImpactReport Run(RevisionCase c) =>
        ImpactAnalysis.Run(c.Old, Repository.Load(c.Old), c.New, Repository.Load(c.New), [Repository.PathOf(c.Dossiers)], threads: 1);

    private static Dictionary<string, string> Outcomes(string rubric, string dossiers) =>
        Decisions(rubric, dossiers).ToDictionary(d => d.Key, d => d.Value.Outcome);

    private static Dictionary<string, (string Outcome, decimal? Score)> Decisions(string rubric, string dossiers)
    {
        var screener = Screener.Create(Repository.Load(rubric));
        var batch = screener.ScreenAll(screener.CreateReader(YamlDossierReader.Read).Read([Repository.PathOf(dossiers)]));
        return batch.Decisions.ToDictionary(d => d.DossierId, d => (d.Outcome, d.Score?.Value));
    }
}
