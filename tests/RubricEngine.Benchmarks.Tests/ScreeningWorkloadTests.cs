using System.Text.RegularExpressions;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Model.Dossiers;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Benchmarks.Tests;

/// <summary>The hand-written evaluators must decide every generated dossier exactly as the engine does, edges included.</summary>
public partial class ScreeningWorkloadTests
{
    [Fact]
    public void YedaEvaluator_EveryDossierIncludingShortPanels_AgreesWithEngine()
    {
        var decided = ScreenBoth("yeda.rubric", YedaDossiers.Generate(400, seed: 3, shortPanelEvery: 9), YedaEvaluator.Outcome);

        Assert.Equal(["decline", "insufficient_evidence", "patent_first", "transfer"], decided.Select(d => d.Engine).Distinct().Order());
        Assert.Contains(decided, d => d.Total == 3.5m && d.Engine == "transfer");
        Assert.Contains(decided, d => d.Total == 2.8m && d.Engine == "patent_first");
    }

    [Fact]
    public void GibEvaluator_EveryDossierIncludingMissingRatings_AgreesWithEngine()
    {
        var decided = ScreenBoth("gib.rubric", GibDossiers.Generate(1_000, seed: 5), GibEvaluator.Outcome);

        Assert.Equal(["conditional", "decline", "fundable", "insufficient_evidence"], decided.Select(d => d.Engine).Distinct().Order());
        Assert.Contains(decided, d => d.Total == 3.5m && d.Engine == "fundable");
        Assert.Contains(decided, d => d.Total == 2.5m && d.Engine == "conditional");
    }

    [Fact]
    public void Generators_SameSeed_GiveTheSameDossiers()
    {
        Assert.Equal(YedaDossiers.Generate(20), YedaDossiers.Generate(20));
        Assert.Equal(GibDossiers.Generate(20), GibDossiers.Generate(20));
    }

    [Theory]
    [InlineData("screen_yeda")]
    [InlineData("screen_yeda_nrules")]
    [InlineData("screen_gib")]
    public void Report_TinyBatch_FindsNoMismatchAndPrintsThroughputAndMemory(string name)
    {
        var screening = new[] { ScreeningCase.Yeda, ScreeningCase.YedaNRules, ScreeningCase.Gib }.Single(c => c.Name == name);
        var run = new ScreeningRun(screening, 300);

        Assert.Equal(run.BaselineTally().ToString(), run.EngineTally().ToString());
        Assert.Empty(run.Check().Mismatches);
        Assert.Matches(ReportPattern(), run.Report(engineMs: 20, baselineMs: 2));
    }

    private static List<(string Engine, string Baseline, decimal? Total)> ScreenBoth(string rubricFile, IEnumerable<Dossier> dossiers, Func<Dossier, string> baseline)
    {
        var screener = Screener.Create(ShippedRubrics.Load(rubricFile), new ScreenerOptions { RecordTrace = false });
        var decided = dossiers.Select(d => (Decision: screener.Screen(d), Baseline: baseline(d)))
            .Select(x => (x.Decision.Outcome, x.Baseline, x.Decision.Score?.Value))
            .ToList();
        Assert.All(decided, d => Assert.Equal(d.Outcome, d.Baseline));
        return decided;
    }

    [GeneratedRegex(@"^workload=screen_[a-z_]+ n=\d+ engine_dossiers_per_s=\d+ baseline_dossiers_per_s=\d+ ratio=\d+\.\d{2} threads=\d+ generate_dossiers_per_s=\d+ read_ahead_max=\d+ heap_peak_mb=\d+\.\d heap_retained_mb=-?\d+\.\d alloc_bytes_per_dossier=\d+ outcomes=[a-z_:0-9,]+ mismatches=0$")]
    private static partial Regex ReportPattern();
}
