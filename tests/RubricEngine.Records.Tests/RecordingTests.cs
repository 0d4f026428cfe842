using RubricEngine.Language;
using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

public class RecordingTests : RemovesItsFolders
{
    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Replay_EveryShippedSampleBatch_IsByteIdenticalAndTheStoreVerifies(string kind)
    {
        var target = TestStores.New(kind);
        var recorded = 0;
        foreach (var (rubric, samples) in Batches.Shipped)
        {
            recorded += Batches.Record(target, rubric, samples).Items;
        }

        using var store = TestStores.Open(target);
        Assert.Empty(store.Verify());
        var replay = store.Replay(RubricLoader.LoadText);
        Assert.True(replay.Succeeded);
        Assert.Empty(replay.Value!.Findings);
        Assert.Equal(store.Runs().Sum(r => r.Decisions), replay.Value.Identical);
        Assert.True(replay.Value.Identical > 100, $"only {replay.Value.Identical} decisions replayed");
        Assert.Equal(recorded, store.Runs().Sum(r => r.Decisions + r.Errors));
        Assert.All(store.Runs(), r => Assert.True(r.Finished));
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Record_WithWorkerRenderedJsonLines_StoresTheSameBytesAsSerialisingTheDecision(string kind)
    {
        // screen --record has its workers render each decision's JSON line, and the recorder stores that line
        // without its newline instead of serialising the decision again: the records must not change by a byte.
        var rendered = TestStores.New(kind);
        var serialised = TestStores.New(kind);
        var decisions = 0;
        foreach (var (rubric, samples) in Batches.Shipped)
        {
            var (withLines, _) = Batches.Record(rendered, rubric, samples, renderJsonLines: true);
            var (withoutLines, _) = Batches.Record(serialised, rubric, samples);
            var expected = Batches.Items(serialised, withoutLines);
            Assert.Equal(expected, Batches.Items(rendered, withLines));
            decisions += expected.Count(i => i.Kind == "decision");
        }

        Assert.True(decisions > 100, $"only {decisions} decisions compared");
        using var store = TestStores.Open(rendered);
        Assert.Empty(store.Verify());
        var replay = store.Replay(RubricLoader.LoadText).Value!;
        Assert.Empty(replay.Findings);
        Assert.Equal(decisions, replay.Identical);
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Record_SameDossierHashWithOtherDecimalScale_StoresBothContentsAndBothReplay(string kind)
    {
        // The CSV writes 0.2160 where the workbook holds 0.216: one dossier hash, two traces, two stored contents.
        var target = TestStores.New(kind);
        var (csv, _) = Batches.Record(target, "survey-cohort.rubric", ["samples/survey-cohort"]);
        var (excel, _) = Batches.Record(target, "survey-cohort.rubric", ["samples/excel"]);
        using var store = TestStores.Open(target);
        var fromCsv = store.RecordsOf(csv).Single(r => r.DossierId == "Hainan");
        var fromExcel = store.RecordsOf(excel).Single(r => r.DossierId == "Hainan");
        Assert.Equal(DossierHash(fromCsv.Payload), DossierHash(fromExcel.Payload));
        Assert.NotEqual(fromCsv.Payload, fromExcel.Payload);
        Assert.NotEqual(fromCsv.DossierHash, fromExcel.DossierHash);
        var replay = store.Replay(RubricLoader.LoadText).Value!;
        Assert.Empty(replay.Findings);
        Assert.Equal(62, replay.Identical); // 31 rows (30 regions and the national row), recorded twice
    }

    private static string? DossierHash(string payload)
    {
        using var json = System.Text.Json.JsonDocument.Parse(payload);
        return json.RootElement.GetProperty("dossier").GetProperty("hash").GetString();
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Record_FailedDossiers_AreRecordsWithTheirDiagnostics(string kind)
    {
        var target = TestStores.New(kind);
        var (runId, _) = Batches.Record(target, "gib.rubric", ["samples/invalid/gib"]);
        using var store = TestStores.Open(target);
        var errors = store.RecordsOf(runId).Where(r => r.Kind == "error").ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains("error RUB", e.Payload, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Contains("invalid", e.Source, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Resume_UnfinishedRun_ScreensOnlyWhatWasNotCommittedAndFinishesTheRun(string kind)
    {
        var target = TestStores.New(kind);
        string[] samples = ["samples/eu-taxonomy"];
        var screener = Batches.Screener("eu-taxonomy.rubric");
        using (var store = TestStores.Open(target, create: true))
        using (var recorder = store.StartRun(Batches.Start(screener, "eu-taxonomy.rubric", samples), groupSize: 5))
        {
            Batches.RecordAll(screener, recorder, samples, stopAfter: 10); // disposed without completing, as a crash would leave it
        }

        using (var store = TestStores.Open(target))
        {
            var resumed = store.ResumeRun(Batches.Start(screener, "eu-taxonomy.rubric", samples));
            Assert.True(resumed.Succeeded, string.Join("\n", resumed.Diagnostics));
            using var recorder = resumed.Value!;
            Assert.Equal(10, recorder.AlreadyCommitted);
            Assert.Equal(24 - 10, Batches.RecordAll(screener, recorder, samples));
        }

        using var verified = TestStores.Open(target);
        Assert.Empty(verified.Verify());
        var run = Assert.Single(verified.Runs());
        Assert.True(run.Finished);
        Assert.Equal(24, run.Decisions);
        var ids = verified.RecordsOf(run.RunId).Where(r => r.Kind == "decision").Select(r => r.DossierId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Resume_WithNoUnfinishedRun_FailsWithRub0804(string kind)
    {
        var target = TestStores.New(kind);
        Batches.Record(target, "yeda.rubric", ["samples/yeda"]);
        using var store = TestStores.Open(target);
        var screener = Batches.Screener("yeda.rubric");
        var resumed = store.ResumeRun(Batches.Start(screener, "yeda.rubric", ["samples/yeda"]));
        Assert.False(resumed.Succeeded);
        Assert.Equal("RUB0804", Assert.Single(resumed.Errors).Code);
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Export_Run_VerifiesOfflineAndFindsAnEditInTheFile(string kind)
    {
        var target = TestStores.New(kind);
        var (first, _) = Batches.Record(target, "yeda.rubric", ["samples/yeda"]);
        Batches.Record(target, "gib.rubric", ["samples/gib"]);
        var path = Path.Combine(TestFolders.New(), "export.json");
        using (var store = TestStores.Open(target))
        using (var file = File.Create(path))
        {
            Assert.True(store.Export(first, file));
        }

        Assert.True(DecisionStore.IsExport(path));
        Assert.Empty(DecisionStore.VerifyExport(path));
        var text = File.ReadAllText(path);
        var edited = text.Replace("\\\"outcome\\\":\\\"", "\\\"outcome\\\":\\\"x", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        File.WriteAllText(path, edited);
        Assert.Contains(DecisionStore.VerifyExport(path), d => d.Code == "RUB0810");
    }
}
