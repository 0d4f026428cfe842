using System.Text.RegularExpressions;
using RubricEngine.Benchmarks.InMemory;

namespace RubricEngine.Benchmarks.Tests;

/// <summary>The in-memory and scaling reports at tiny sizes, so they cannot rot; the Yeda bytes must match.</summary>
public partial class ReportTests
{
    [Fact]
    public void InMemoryReport_TinyBatch_PrintsEveryEngineTheSameYedaBytesAndTheFluentRulesAgree()
    {
        var output = new StringWriter();

        InMemoryReport.Run(output, size: 60, threads: 2, passes: 1);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("workload=", StringComparison.Ordinal)).ToList();
        Assert.Equal(["nrules", "compiled"], Engines.All.Select(e => e.Name));
        Assert.Equal(Engines.All.Count * 5, lines.Count);
        Assert.All(lines, l => Assert.Matches(InMemoryLine(), l));
        Assert.All(lines.Where(l => l.StartsWith("workload=inmem_yeda_bytes", StringComparison.Ordinal)), l => Assert.Contains("same_bytes=yes", l, StringComparison.Ordinal));
        var fluent = lines.Where(l => l.StartsWith("workload=inmem_yeda_fluent", StringComparison.Ordinal)).ToList();
        Assert.Equal(Engines.All.Count, fluent.Count);
        Assert.All(fluent, l => Assert.EndsWith(" mismatches=0", l, StringComparison.Ordinal));
    }

    [Fact]
    public void ScalingReport_TinySizes_PrintsTheCohortRatioAndCompileTimes()
    {
        var output = new StringWriter();

        ScalingReport.Run(output, small: 20, large: 200, criteria: 30);

        var text = output.ToString();
        Assert.Matches(@"workload=cohort_survey engine=compiled small=20 large=200 small_s=\d+\.\d{3} large_s=\d+\.\d{3} ratio=\d+\.\d{2}", text);
        Assert.Matches(@"workload=compile_rubric engine=compiled criteria=30 seconds=\d+\.\d{3}", text);
        Assert.Matches(@"workload=cohort_survey engine=nrules small=20 large=200 small_s=\d+\.\d{3} large_s=\d+\.\d{3} ratio=\d+\.\d{2}", text);
        Assert.Matches(@"workload=cohort_survey_stream engine=compiled small=20 large=200 small_s=\d+\.\d{3} large_s=\d+\.\d{3} ratio=\d+\.\d{2}", text);
        Assert.Matches(@"workload=compile_rubric engine=nrules criteria=30 seconds=\d+\.\d{3}", text);
    }

    [Fact]
    public void ScalingReport_OneEngineSelected_MeasuresOnlyThatEngine()
    {
        var output = new StringWriter();

        ScalingReport.Run(output, small: 20, large: 200, criteria: 30, engines: Engines.Parse("compiled"));

        var engines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Regex.Match(l, @" engine=([a-z_]+) ").Groups[1].Value).Distinct().ToList();
        Assert.Equal(["compiled"], engines);
    }

    [Fact]
    public void EngineFilter_ParsesTheListAndRejectsAnUnknownName()
    {
        Assert.Null(Engines.Parse(null));
        Assert.Null(Engines.Parse(" "));
        Assert.Equal(["compiled", "nrules"], Engines.Parse("nrules, compiled")!.Order(StringComparer.Ordinal));
        var error = Assert.Throws<ArgumentException>(() => Engines.Parse("compild"));
        Assert.Contains("unknown engine compild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NRulesSessionReport_TinyBatch_PrintsEveryWayOfUsingSessionsAndTheFluentRules()
    {
        var output = new StringWriter();

        NRulesSessionReport.Run(output, size: 30, perSession: [4]);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("workload=", StringComparison.Ordinal)).ToList();
        Assert.All(lines, l => Assert.Matches(NRulesSessionLine(), l));
        var modes = lines.Select(l => NRulesSessionLine().Match(l).Groups[1].Value).ToList();
        Assert.Equal(["engine_decisions", "rules_fresh_session", "rules_4_per_session", "rules_reused_session_retracted", "fluent_peer"], modes);
    }

    [GeneratedRegex(@"^workload=nrules_sessions mode=([a-z_0-9]+) n=30 threads=1 cpu_us_per_dossier=\d+\.\d alloc_bytes_per_dossier=\d+ gen0_per_1000=\d+\.\d$")]
    private static partial Regex NRulesSessionLine();

    [GeneratedRegex(@"^workload=inmem_(yeda|gib|eu|yeda_bytes|yeda_fluent) engine=[a-z]+ n=\d+ threads=\d+ [a-z_=0-9. ]+$")]
    private static partial Regex InMemoryLine();
}
