using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

/// <summary>
/// <c>--resume</c> after an interruption: the run ends with exactly the records an uninterrupted run would
/// have, byte for byte, also for a cohort rubric (screened whole again) and for a repeated dossier id.
/// </summary>
public class ResumeTests : RemovesItsFolders
{
    private const string Cohort = "survey-cohort.rubric";

    /// <summary>Records <paramref name="stopAfter"/> items of the batch and stops without completing the run, as a killed screener would.</summary>
    private static void Interrupted(string target, string rubric, string samples, int stopAfter)
    {
        var screener = Batches.Screener(rubric);
        using var store = TestStores.Open(target, create: true);
        using var recorder = store.StartRun(Batches.Start(screener, rubric, [samples]), groupSize: 4);
        Assert.Equal(stopAfter, Batches.RecordAll(screener, recorder, [samples], stopAfter));
    }

    private static string OnlyRun(string target)
    {
        using var store = TestStores.Open(target);
        return Assert.Single(store.Runs()).RunId;
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Resume_InterruptedCohortRun_RecordsTheSameBytesAsAnUninterruptedRun(string kind)
    {
        var samples = CliRuns.CopyOf("samples/survey-cohort");
        var whole = TestStores.New(kind);
        var (wholeRun, items) = Batches.Record(whole, Cohort, [samples]);
        Assert.Equal(31, items); // 30 regions and the national row

        var target = TestStores.New(kind);
        Interrupted(target, Cohort, samples, stopAfter: 12);
        var (exit, _, error) = CliRuns.Run("screen", "--rubric", CliRuns.Rubric(Cohort), "--dossiers", samples, "--format", "jsonl", "--record", target, "--resume");
        Assert.True(exit == 0, error);
        Assert.Contains("12 dossiers already recorded; a cohort is screened whole", error, StringComparison.Ordinal);

        Assert.Equal(Batches.Items(whole, wholeRun), Batches.Items(target, OnlyRun(target)));
        using var store = TestStores.Open(target);
        Assert.Empty(store.Verify());
        Assert.True(Assert.Single(store.Runs()).Finished);
        var replay = store.Replay(Language.RubricLoader.LoadText).Value!;
        Assert.Equal((31, 31), (replay.Replayed, replay.Identical));
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Resume_CohortThatChangedSinceTheInterruption_FailsWithRub0805AndRecordsNothing(string kind)
    {
        var samples = CliRuns.CopyOf("samples/survey-cohort");
        var target = TestStores.New(kind);
        Interrupted(target, Cohort, samples, stopAfter: 12);
        var file = Path.Combine(samples, "regions.csv");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("7.38,2644,", "7.38,9644,", StringComparison.Ordinal)); // Beijing's patents: every share moves
        Assert.NotEqual(text, File.ReadAllText(file));
        var records = TestStores.Scalar(target, "SELECT count(*) FROM rubric_records");

        var (exit, output, error) = CliRuns.Run("screen", "--rubric", CliRuns.Rubric(Cohort), "--dossiers", samples, "--format", "jsonl", "--record", target, "--resume");
        Assert.Equal(1, exit);
        Assert.Contains("error RUB0805: Record 2 (dossier 'national') of the unfinished run does not match the cohort given now: it decides differently now", error, StringComparison.Ordinal); // every share moves, the national row's regional totals too
        Assert.Equal(string.Empty, output);
        Assert.Equal(records, TestStores.Scalar(target, "SELECT count(*) FROM rubric_records"));
        using var store = TestStores.Open(target);
        Assert.Empty(store.Verify());
        Assert.False(Assert.Single(store.Runs()).Finished);
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Resume_IdDecidedBeforeTheInterruption_FailsTheLaterDossierAsAnUninterruptedRunDoes(string kind)
    {
        var samples = CliRuns.CopyOf("samples/yeda");
        File.Copy(Path.Combine(samples, "Y01-perovskite-tandem-cells.yaml"), Path.Combine(samples, "Y99-same-id-as-y01.yaml"));
        var whole = TestStores.New(kind);
        var (wholeRun, _) = Batches.Record(whole, "yeda.rubric", [samples]);
        var expected = Batches.Items(whole, wholeRun);
        Assert.Contains(expected, i => i.Kind == "error" && i.Payload.Contains("RUB0408", StringComparison.Ordinal));

        var target = TestStores.New(kind);
        Interrupted(target, "yeda.rubric", samples, stopAfter: 3);
        var (exit, _, error) = CliRuns.Run("screen", "--rubric", CliRuns.Rubric("yeda.rubric"), "--dossiers", samples, "--format", "jsonl", "--record", target, "--resume");
        Assert.Equal(1, exit); // the duplicate fails the batch, as it did uninterrupted
        Assert.Contains("RUB0408", error, StringComparison.Ordinal);
        Assert.Equal(expected, Batches.Items(target, OnlyRun(target)));
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Resume_DossiersMovedRenamedAndReordered_FindsTheCommittedOnesByContentAndScreensNoneTwice(string kind)
    {
        var first = CliRuns.CopyOf("samples/yeda");
        var target = TestStores.New(kind);
        Interrupted(target, "yeda.rubric", first, stopAfter: 8);

        // The same dossiers in another folder, under other names that read in the reverse order: no committed one is at
        // the path or position its record names, so only their content says which were recorded.
        var moved = TestFolders.New();
        var files = Directory.GetFiles(first).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            File.Copy(files[i], Path.Combine(moved, $"b{files.Count - i:D2}-{Path.GetFileName(files[i])}"));
        }

        var (exit, _, error) = CliRuns.Run("screen", "--rubric", CliRuns.Rubric("yeda.rubric"), "--dossiers", moved, "--format", "jsonl", "--record", target, "--resume");
        Assert.True(exit == 0, error);
        Assert.Contains("8 dossiers already recorded", error, StringComparison.Ordinal);

        var items = Batches.Items(target, OnlyRun(target));
        Assert.Equal(files.Count, items.Count);
        Assert.All(items, i => Assert.Equal("decision", i.Kind));
        Assert.Equal(files.Count, items.Select(i => i.Dossier).Distinct().Count());
        Assert.Equal(8, items.Count(i => i.Source!.StartsWith(first, StringComparison.Ordinal)));
        Assert.Equal(files.Count - 8, items.Count(i => i.Source!.StartsWith(moved, StringComparison.Ordinal)));

        // Every decision is byte for byte the one an uninterrupted run gives that dossier.
        var whole = TestStores.New(kind);
        var (wholeRun, _) = Batches.Record(whole, "yeda.rubric", [first]);
        Assert.Equal(
            Batches.Items(whole, wholeRun).Select(i => (i.Dossier, i.Payload)).Order(),
            items.Select(i => (i.Dossier, i.Payload)).Order());
        using var store = TestStores.Open(target);
        Assert.Empty(store.Verify());
        Assert.True(Assert.Single(store.Runs()).Finished);
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Resume_CommittedDossierEditedInPlace_IsNotTakenForTheCommittedOneAndFailsAsADuplicateId(string kind)
    {
        var samples = CliRuns.CopyOf("samples/yeda");
        var target = TestStores.New(kind);
        Interrupted(target, "yeda.rubric", samples, stopAfter: 8);
        var file = Path.Combine(samples, "Y01-perovskite-tandem-cells.yaml");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("market_needs: 4.9", "market_needs: 4.8", StringComparison.Ordinal));
        Assert.NotEqual(text, File.ReadAllText(file));

        var (exit, _, error) = CliRuns.Run("screen", "--rubric", CliRuns.Rubric("yeda.rubric"), "--dossiers", samples, "--format", "jsonl", "--record", target, "--resume");
        Assert.Equal(1, exit); // the same id with other content: a second dossier under one id
        Assert.Contains("RUB0408", error, StringComparison.Ordinal);
        var items = Batches.Items(target, OnlyRun(target));
        Assert.Equal(21, items.Count(i => i.Kind == "decision"));
        var repeat = Assert.Single(items, i => i.Kind == "error");
        Assert.Equal("Y01-perovskite-tandem-cells", repeat.Dossier);
        Assert.Contains("RUB0408", repeat.Payload, StringComparison.Ordinal);
    }
}
