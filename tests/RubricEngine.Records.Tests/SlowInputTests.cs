using System.Diagnostics;
using System.Text.RegularExpressions;
using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

/// <summary>
/// <c>screen --dossiers - --record</c> fed slowly: what was screened commits within the commit interval even when no
/// next dossier arrives to trigger it, so a killed screener waiting on a slow pipe loses nothing it decided.
/// Streamed screening reads its input in chunks of 4 dossiers, so of 42 dossiers written, the first ten chunks (40) are
/// screened while the last 2 wait in the unfinished chunk: the 40 must be committed, by the timer alone.
/// </summary>
public partial class SlowInputTests : RemovesItsFolders
{
    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public async Task Record_StandardInputPauses_WhatWasScreenedIsCommittedBeforeMoreArrives(string kind)
    {
        var target = TestStores.New(kind);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Batches.Root, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[typeof(RubricEngine.Cli.Program).Assembly.Location, "screen", "--rubric", "rubrics/gib.rubric", "--dossiers", "-", "--format", "jsonl", "--record", target])
        {
            start.ArgumentList.Add(arg);
        }

        using var screening = Process.Start(start)!;
        try
        {
            var output = screening.StandardOutput.ReadToEndAsync();
            var errors = screening.StandardError.ReadToEndAsync();
            for (var i = 1; i <= 42; i++)
            {
                await screening.StandardInput.WriteLineAsync(GibLine($"S{i:D2}"));
            }

            await screening.StandardInput.FlushAsync();

            // Standard input stays open and silent: the screened 40 must commit on the timer alone (hang guard 60 s).
            var committed = 0L;
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (committed < 40 && DateTime.UtcNow < deadline && !screening.HasExited)
            {
                await Task.Delay(100);
                using var store = DecisionStore.Open(target).Value;
                committed = store?.Runs() is [var run] ? run.Decisions : 0;
            }

            Assert.False(screening.HasExited, "the screener ended while its input was open");
            Assert.Equal(40, committed);

            await screening.StandardInput.WriteLineAsync(GibLine("S43"));
            screening.StandardInput.Close();
            await screening.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(screening.ExitCode == 0, await errors);
            Assert.Equal(43, (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            if (!screening.HasExited)
            {
                screening.Kill(); // a failed check must not leave a screener waiting on its input
            }
        }

        using var finished = TestStores.Open(target);
        Assert.Empty(finished.Verify());
        var done = Assert.Single(finished.Runs());
        Assert.True(done.Finished);
        Assert.Equal(43, done.Decisions);
    }

    /// <summary>The shipped GIB sample G01 as one JSON Lines dossier under another id (its flags and ratings, no evidence).</summary>
    private static string GibLine(string id)
    {
        var fields = File.ReadAllLines(Path.Combine(Batches.Root, "samples/gib/G01-offshore-wind-east-anglia.yaml"))
            .Select(line => Field().Match(line))
            .Where(m => m.Success)
            .Select(m => $"\"{m.Groups["name"].Value}\": {m.Groups["value"].Value}");
        return $"{{\"id\": \"{id}\", \"assessment_date\": \"2026-01-15\", {string.Join(", ", fields)}}}";
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+): (\{value: )?(?<value>true|false|\d+(\.\d+)?)")]
    private static partial Regex Field();
}
