using System.Diagnostics;
using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

/// <summary>
/// <c>kill -9</c> in the middle of a recorded batch: what was committed stays, the store verifies, and
/// <c>--resume</c> finishes the run without screening a committed dossier again.
/// </summary>
public class CrashTests : RemovesItsFolders
{
    private const int Dossiers = 8000;

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public async Task KillNine_MidBatch_StoreVerifiesAndResumeFinishesTheRun(string kind)
    {
        var target = TestStores.New(kind);
        var batch = ManyDossiers();
        try
        {
            await KillAndResume(target, batch);
        }
        finally
        {
            // Tens of megabytes: removed now, as the test host may be stopped before its exit handler removes them.
            TestFolders.RemoveFolderOf(batch);
            if (kind == TestStores.Sqlite)
            {
                TestFolders.RemoveFolderOf(target);
            }
        }
    }

    private static async Task KillAndResume(string target, string batch)
    {
        using (var screening = Rubric(drain: true, "screen", "--rubric", "rubrics/gib.rubric", "--dossiers", batch, "--format", "jsonl", "--threads", "1", "--record", target))
        {
            var committed = WaitForCommittedDecisions(target, screening);
            Assert.False(screening.HasExited, $"the batch finished before it could be killed ({committed} committed)");
            screening.Kill(); // SIGKILL: no handler, no flush
            screening.WaitForExit();
        }

        long before;
        using (var store = TestStores.Open(target))
        {
            Assert.Empty(store.Verify());
            var run = Assert.Single(store.Runs());
            Assert.False(run.Finished);
            before = run.Decisions;
            Assert.InRange(before, 1, Dossiers - 1);
        }

        using (var resumed = Rubric(drain: false, "screen", "--rubric", "rubrics/gib.rubric", "--dossiers", batch, "--format", "jsonl", "--record", target, "--resume"))
        {
            var error = resumed.StandardError.ReadToEndAsync();
            await resumed.StandardOutput.ReadToEndAsync();
            await resumed.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
            var messages = await error;
            Assert.Equal(0, resumed.ExitCode);
            Assert.Contains($"{before} dossiers already recorded", messages, StringComparison.Ordinal);
            Assert.Contains($"screened {Dossiers - before},", messages, StringComparison.Ordinal);
        }

        using var finished = TestStores.Open(target);
        Assert.Empty(finished.Verify());
        var done = Assert.Single(finished.Runs());
        Assert.True(done.Finished);
        Assert.Equal(Dossiers, done.Decisions);
        Assert.Equal(Dossiers, TestStores.Scalar(target, "SELECT count(DISTINCT dossier_id) FROM rubric_records WHERE kind = 'decision'"));
        // Both sessions' decisions re-screen byte for byte from what the store holds.
        var replay = finished.Replay(Language.RubricLoader.LoadText, engineOptions: engine => RubricEngine.NRules.NRulesScreening.ForEngine(new Screening.Batch.ScreenerOptions(), engine)).Value!;
        Assert.Equal((Dossiers, Dossiers), (replay.Replayed, replay.Identical));
    }

    private static long WaitForCommittedDecisions(string target, Process screening)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline && !screening.HasExited)
        {
            Thread.Sleep(100);
            using var store = DecisionStore.Open(target).Value;
            if (store?.Runs() is [{ Decisions: > 0 } run])
            {
                return run.Decisions;
            }
        }

        return 0;
    }

    /// <summary>Starts <c>rubric</c> as its own process, so it can be killed like a real screener.</summary>
    private static Process Rubric(bool drain, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Batches.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(RubricEngine.Cli.Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        if (drain)
        {
            // Read both pipes, so the screener never blocks on a full one before it is killed.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        return process;
    }

    /// <summary>One YAML file of many GIB dossiers: a shipped sample under new ids.</summary>
    private static string ManyDossiers()
    {
        var sample = File.ReadAllText(Path.Combine(Batches.Root, "samples/gib/G01-offshore-wind-east-anglia.yaml"));
        var path = Path.Combine(TestFolders.New(), "many.yaml");
        using var file = new StreamWriter(path);
        for (var i = 0; i < Dossiers; i++)
        {
            file.Write(i == 0 ? string.Empty : "\n---\n");
            file.Write(sample.Replace("id: G01-offshore-wind-east-anglia", $"id: K{i:D5}", StringComparison.Ordinal));
        }

        return path;
    }
}
