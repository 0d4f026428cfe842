using System.Diagnostics;
using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

/// <summary>The README's decision-records tour, command by command through the CLI, with its default engine (NRules).</summary>
public class ReadmeTourTests : RemovesItsFolders
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

    /// <summary>
    /// The commands of README.md's decision-records block exactly as written, each as its own <c>rubric</c> process in a
    /// fresh folder that holds only the shipped <c>rubrics</c> and <c>samples</c> (as a reader's checkout would), with
    /// <c>RUN</c> replaced by the run id <c>records list</c> printed. Exit 1 only where the README says so.
    /// </summary>
    [Fact]
    public void ReadmeTour_CommandsAsWritten_RunInAFreshFolder()
    {
        var folder = TestFolders.New();
        Directory.CreateSymbolicLink(Path.Combine(folder, "rubrics"), Path.Combine(Batches.Root, "rubrics"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "samples"), Path.Combine(Batches.Root, "samples"));
        var commands = TourCommands();
        Assert.Equal(9, commands.Count); // mkdir, screen, verify, replay, list, list a run, show, export, verify the export

        string? runId = null;
        foreach (var command in commands)
        {
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words[0] == "mkdir")
            {
                Assert.Equal(["mkdir", "-p"], words[..2]);
                Directory.CreateDirectory(Path.Combine(folder, words[2]));
                continue;
            }

            Assert.Equal("rubric", words[0]);
            var args = words[1..].Select(w => w == "RUN" ? runId ?? throw new InvalidOperationException($"'{command}' needs a run id before 'records list' gave one") : w).ToArray();
            var (exit, output, error) = Rubric(folder, args);
            var expected = command.Contains("samples/invalid", StringComparison.Ordinal) ? 1 : 0;
            Assert.True(exit == expected, $"{command}: exit {exit}\n{error}");
            if (args is ["records", "list", _])
            {
                runId = output.Split('\n')[2].Split(' ')[0]; // the table's first run, under its header and rule
            }
        }

        Assert.True(File.Exists(Path.Combine(folder, "out", "run.json")));
    }

    /// <summary>The command lines of the README block under "## Decision records", without comments.</summary>
    private static List<string> TourCommands()
    {
        var readme = File.ReadAllText(Path.Combine(Batches.Root, "README.md"));
        var section = readme[readme.IndexOf("## Decision records", StringComparison.Ordinal)..];
        var block = section.Split("```")[1];
        return [.. block.Split('\n')
            .Select(l => (l.IndexOf(" #", StringComparison.Ordinal) is var at and >= 0 ? l[..at] : l).Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    private static (int Exit, string Output, string Error) Rubric(string folder, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(RubricEngine.Cli.Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
