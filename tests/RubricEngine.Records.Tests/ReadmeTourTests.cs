using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

/// <summary>The README's decision-records tour, command by command through the CLI, with its default engine (NRules).</summary>
public class ReadmeTourTests
{
    [Fact]
    public void ReadmeTour_RecordVerifyReplayListShowExport_EachDoesWhatTheReadmeSays()
    {
        var folder = Path.GetDirectoryName(TestStores.New(TestStores.Sqlite))!;
        var store = Path.Combine(folder, "records.db");
        string[] samples = [Path.Combine(Batches.Root, "samples/yeda"), Path.Combine(Batches.Root, "samples/invalid/yeda")];

        var screened = CliRuns.Run(["screen", "--rubric", CliRuns.Rubric("yeda.rubric"), "--dossiers", .. samples, "--record", store, "--format", "jsonl", "--out", Path.Combine(folder, "yeda.jsonl")]);
        Assert.Equal(1, screened.Exit); // the invalid sample fails, and is recorded as an error
        Assert.Contains("screened 21, failed 1", screened.Error, StringComparison.Ordinal);

        var verified = CliRuns.Run("records", "verify", store);
        Assert.Equal((0, $"{store}: chain and contents verified\n"), (verified.Exit, verified.Error));

        var replayed = CliRuns.Run("replay", store);
        Assert.True(replayed.Exit == 0, replayed.Error);
        Assert.Equal("replayed 21 decisions: 21 byte-identical, 0 different\n", replayed.Output);

        var one = CliRuns.Run("replay", store, "--dossier", "Y05-heat-pump-controller");
        Assert.Equal((0, "replayed 1 decisions: 1 byte-identical, 0 different\n"), (one.Exit, one.Output));

        var runs = CliRuns.Run("records", "list", store, "--format", "json");
        Assert.Equal(0, runs.Exit);
        using var listed = System.Text.Json.JsonDocument.Parse(runs.Output);
        var run = Assert.Single(listed.RootElement.EnumerateArray());
        Assert.Equal(("21", "1", "finished"), (run.GetProperty("decisions").GetString(), run.GetProperty("errors").GetString(), run.GetProperty("status").GetString()));
        var runId = run.GetProperty("run").GetString()!;

        var csv = CliRuns.Run("records", "list", store, "--run", runId, "--format", "csv");
        Assert.Equal(0, csv.Exit);
        Assert.Equal(1 + 24, csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header, run-start, 21 decisions, 1 error, run-end

        var shown = CliRuns.Run("records", "show", store, "3", "--format", "md", "--lang", "zh");
        Assert.True(shown.Exit == 0, shown.Error);
        Assert.Equal(string.Empty, shown.Error);
        Assert.Contains("Y01-perovskite-tandem-cells", shown.Output, StringComparison.Ordinal);

        var export = Path.Combine(folder, "run.json");
        Assert.Equal(0, CliRuns.Run("records", "export", store, "--run", runId, "--out", export).Exit);
        File.Delete(store); // offline: the export verifies without the store
        var exported = CliRuns.Run("records", "verify", export);
        Assert.Equal((0, $"{export}: exported run verified\n"), (exported.Exit, exported.Error));
    }
}
