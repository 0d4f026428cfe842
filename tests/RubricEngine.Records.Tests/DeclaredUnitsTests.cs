using RubricEngine.Language;
using RubricEngine.Records.Recording;
using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

/// <summary>
/// A rubric that declares its own units (<c>unit tH2 = 1000 kgH2</c>): its stored dossiers hold symbols the unit
/// catalogue does not know, and must replay with the rubric's units.
/// </summary>
public class DeclaredUnitsTests : RemovesItsFolders
{
    private const string RubricName = "units.rubric";

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Replay_DossiersInUnitsTheRubricDeclares_IsByteIdentical(string kind)
    {
        var folder = TestFolders.New();
        var rubricText = File.ReadAllText(Path.Combine(Batches.Root, "tests", "fixtures", "constructs", RubricName));
        // Declared symbols alone, in compounds, and a catalogue unit beside them.
        File.WriteAllText(Path.Combine(folder, "h1.yaml"), "id: h1\nproduction: 0.0015 MtH2\nintensity: 2500 gCO2e/kgH2\nenergy_use: 9.5 boe/tH2\n");
        File.WriteAllText(Path.Combine(folder, "h2.yaml"), "id: h2\nproduction: 10 tH2\nintensity: 1 kgCO2e/kgH2\nenergy_use: 9.81 boe/tH2\n");
        File.WriteAllText(Path.Combine(folder, "h3.yaml"), "id: h3\nproduction: 2000000 kgH2\nintensity: 4.20 kgCO2e/kgH2\n");
        var loaded = RubricLoader.LoadText(RubricName, rubricText);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.True(loaded.Value!.UnitScope.HasDeclaredUnits);
        var screener = RubricEngine.Screening.Screener.Create(loaded.Value);

        var target = TestStores.New(kind);
        using (var store = TestStores.Open(target, create: true))
        using (var recorder = store.StartRun(new RunStart(screener, RubricName, rubricText, [folder])))
        {
            Assert.Equal(3, Batches.RecordAll(screener, recorder, [folder]));
        }

        using var verified = TestStores.Open(target);
        Assert.Empty(verified.Verify());
        var run = Assert.Single(verified.Runs());
        Assert.Equal(3, run.Decisions);
        Assert.Contains(verified.RecordsOf(run.RunId), r => r.Kind == "decision" && r.Payload.Contains("MtH2", StringComparison.Ordinal));
        var replay = verified.Replay(RubricLoader.LoadText);
        Assert.True(replay.Succeeded, string.Join("\n", replay.Diagnostics));
        Assert.Empty(replay.Value!.Findings);
        Assert.Equal(3, replay.Value.Identical);
    }
}
