using RubricEngine.Benchmarks.InMemory;
using RubricEngine.Benchmarks.InMemory.FluentPeer;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Screening;

namespace RubricEngine.Benchmarks.Tests;

/// <summary>The hand-written NRules Fluent rules of Yeda must give every dossier the engines' outcome and total.</summary>
public class FluentPeerTests
{
    [Theory]
    [InlineData("nrules")]
    [InlineData("compiled")]
    public void FluentRules_EveryDossierIncludingShortPanels_SameOutcomeAndTotalAsTheEngine(string engine)
    {
        var dossiers = YedaDossiers.Generate(400, seed: 3, shortPanelEvery: 9).ToArray();
        var screener = Screener.Create(ShippedRubrics.Load("yeda.rubric"), Engines.All.Single(e => e.Name == engine).Options with { Threads = 2 });

        var peer = new YedaFluentPeer().DecideAll(dossiers, threads: 2);

        Assert.Equal(0, InMemoryReport.FluentMismatches(screener, peer, dossiers));
        Assert.Equal(["decline", "insufficient_evidence", "patent_first", "transfer"], peer.Select(o => o.Outcome).Distinct().Order());
        Assert.Contains(peer, o => o.Total == 3.5m && o.Outcome == "transfer");
        Assert.Contains(peer, o => o.Total == 2.8m && o.Outcome == "patent_first");
    }

    [Fact]
    public void FluentMismatches_AnOutcomeChanged_IsCounted()
    {
        var dossiers = YedaDossiers.Generate(30, seed: 4).ToArray();
        var screener = Screener.Create(ShippedRubrics.Load("yeda.rubric"));
        var peer = new YedaFluentPeer().DecideAll(dossiers, threads: 1);

        peer[7] = peer[7] with { Outcome = peer[7].Outcome == "decline" ? "transfer" : "decline" };

        Assert.Equal(1, InMemoryReport.FluentMismatches(screener, peer, dossiers));
    }
}
