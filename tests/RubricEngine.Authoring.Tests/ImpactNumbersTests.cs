using RubricEngine.Authoring.Impact;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;

namespace RubricEngine.Authoring.Tests;

/// <summary>
/// Impact scores through the one number formatter: the table and the HTML page show what <see cref="NumberText.Display(decimal, int)"/>
/// gives at the new version's display precision; CSV and JSON keep the exact value.
/// </summary>
public class ImpactNumbersTests
{
    private const decimal Third = 1.6666666666666666666666666667m;
    private const string Exact = "1.6666666666666666666666666667";

    [Theory]
    [InlineData(null, "≈ 1.6667")]
    [InlineData(2, "≈ 1.67")]
    [InlineData(0, "≈ 2")]
    public void ImpactScore_ShowsTheFormattersFigureInTableAndHtml_AndTheExactValueInCsvAndJson(int? precision, string shown)
    {
        var report = ReportWithOneScoreChange(precision);
        Assert.Equal(shown, NumberText.Display(Third, precision ?? NumberText.DefaultPrecision));

        foreach (var language in new[] { "en", "zh" })
        {
            var table = ImpactFormats.Table(report, language);
            Assert.Contains($"1 -> {shown}", table, StringComparison.Ordinal);
            Assert.DoesNotContain("1.666666", table, StringComparison.Ordinal);

            var html = ImpactHtml.Render(report, language);
            Assert.Contains($"1 → {shown}", html, StringComparison.Ordinal);
            Assert.Contains(shown + (language == "zh" ? "）" : ")"), html, StringComparison.Ordinal);
            Assert.DoesNotContain("1.666666", html, StringComparison.Ordinal);
        }

        Assert.Contains($",1,{Exact},", ImpactFormats.Csv(report), StringComparison.Ordinal);
        var json = ImpactFormats.Json(report);
        Assert.Contains($"\"new_score\": {Exact}", json, StringComparison.Ordinal);
        Assert.Contains($"\"score\": {Exact}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ImpactScore_Unknown_ReadsAsADashInTheTableAndEmptyInCsv()
    {
        var report = ReportWithOneScoreChange(null) is var r ? r with { Changes = [r.Changes[0] with { OldScore = null }] } : null!;
        Assert.Contains("- -> ≈ 1.6667", ImpactFormats.Table(report, "en"), StringComparison.Ordinal);
        Assert.Contains($",,{Exact},", ImpactFormats.Csv(report), StringComparison.Ordinal);
    }

    // A score change from 1 to 1.666...7 on one dossier, caused by the revision's one edit, under a rubric with the given display precision.
    private static ImpactReport ReportWithOneScoreChange(int? precision)
    {
        var old = Repository.Load("rubrics/yeda.rubric");
        var @new = old with { Metadata = old.Metadata with { DisplayPrecision = precision } };
        var revision = ImpactAnalysis.Run("a", old, "b", Repository.Load("samples/revisions/yeda-0.2.rubric"), [Repository.PathOf("samples/yeda")], threads: 1);
        var edit = revision.Edits.First(e => e.AffectsDecisions);
        var change = new DossierChange("D1", "d1.yaml(1,1)", "decline", "decline", 1m, Third, [edit.Number], [new ScreenedAs(edit.Number, "decline", Third)]);
        return revision with { New = @new, Changes = [change], Transitions = [new OutcomeTransition("decline", "decline", 1)], Dossiers = 1 };
    }
}
