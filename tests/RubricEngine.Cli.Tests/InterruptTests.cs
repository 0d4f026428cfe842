using System.Diagnostics;
using System.Globalization;

namespace RubricEngine.Cli.Tests;

/// <summary>
/// Ctrl-C and SIGTERM in a real process: the signal mid-batch stops the run, removes the unfinished output,
/// prints the summary and exits 128 + the signal. Dossiers are fed on standard input without end, so the signal
/// always lands mid-batch.
/// </summary>
/// <remarks>
/// A process started with SIGINT ignored keeps ignoring it (the runtime installs no handler then), and a shell
/// starts its background jobs so: run from one, this test's screener never saw the SIGINT and hung. So the
/// screener is started through <c>env --default-signal=INT</c>, as it would be from a terminal, whatever the
/// test host inherited.
/// </remarks>
public class InterruptTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Theory]
    [Trait("Category", "Interrupt")]
    [InlineData("INT", "--default-signal=INT", 130)]
    [InlineData("TERM", "--default-signal=INT", 143)]
    [InlineData("TERM", "--ignore-signal=INT", 143)] // a background job, deaf to Ctrl-C, still stops cleanly on SIGTERM
    public async Task Screen_SignalMidBatch_RemovesThePartialOutputPrintsTheSummaryAndExitsWith128PlusTheSignal(string signal, string startedWith, int exitCode)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // signals cannot be sent to another process there; the handler is the same code
        }

        var dir = Path.GetDirectoryName(CliRunner.TempFile("x", string.Empty))!;
        var output = Path.Combine(dir, "decisions.jsonl");
        using var process = Start(startedWith, "screen", "--rubric", "rubrics/gib.rubric", "--dossiers", "-", "--input-format", "yaml", "--format", "jsonl", "--out", output);
        var error = process.StandardError.ReadToEndAsync();
        var feeding = Task.Run(() => Feed(process));
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(output + ".tmp") && new FileInfo(output + ".tmp").Length > 0) && clock.Elapsed < HangGuard && !process.HasExited)
        {
            await Task.Delay(50);
        }

        Assert.False(process.HasExited, "the batch ended before it could be interrupted");
        await SignalAndWaitForExit(process, signal);

        await feeding;

        Assert.Equal(exitCode, process.ExitCode);
        var stderr = await error;
        Assert.Matches($@"interrupted: screened [1-9]\d*, failed 0, skipped 0; '{System.Text.RegularExpressions.Regex.Escape(output)}' was not written and its partial output was removed", stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output + ".tmp"), "the partial output is removed");
        Assert.False(File.Exists(output), "an interrupted run never leaves a result that looks complete");
    }

    // Standard input left open with nothing more to send: the screener waits in a read that cannot be
    // cancelled, and the signal must still stop it. 42 dossiers are sent; 40 decisions (ten chunks of 4) on
    // standard output show the screener has taken those and waits for the rest of the eleventh chunk.
    [Theory]
    [Trait("Category", "Interrupt")]
    [InlineData("INT", "1", 130)]
    [InlineData("INT", "2", 130)]
    [InlineData("TERM", "2", 143)]
    public async Task Screen_SignalWhileWaitingForInput_StopsAndPrintsTheSummary(string signal, string threads, int exitCode)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var process = Start("--default-signal=INT", "screen", "--rubric", "rubrics/gib.rubric", "--dossiers", "-", "--input-format", "yaml", "--format", "jsonl", "--threads", threads);
        var error = process.StandardError.ReadToEndAsync();
        var dossier = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "samples", "gib", "G01-offshore-wind-east-anglia.yaml"));
        for (var i = 0; i < 42; i++)
        {
            process.StandardInput.Write("---\n" + dossier.Replace("id: G01-offshore-wind-east-anglia", $"id: G01-{i}", StringComparison.Ordinal));
        }

        process.StandardInput.Flush(); // and left open
        var decided = 0;
        using (var guard = new CancellationTokenSource(HangGuard))
        {
            while (decided < 40 && await process.StandardOutput.ReadLineAsync(guard.Token) is not null)
            {
                decided++;
            }
        }

        Assert.Equal(40, decided);
        await SignalAndWaitForExit(process, signal);

        Assert.Equal(exitCode, process.ExitCode);
        var stderr = await error;
        Assert.Matches(@"interrupted: screened 4[0-2], failed 0, skipped 0", stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    /// <summary>Sends the signal with <c>kill</c> and waits, up to the hang guard, for the process to end.</summary>
    private static async Task SignalAndWaitForExit(Process process, string signal)
    {
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        using var guard = new CancellationTokenSource(HangGuard);
        await process.WaitForExitAsync(guard.Token);
    }

    private static void Feed(Process process)
    {
        var dossier = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "samples", "gib", "G01-offshore-wind-east-anglia.yaml"));
        try
        {
            for (var i = 0; !process.HasExited; i++)
            {
                process.StandardInput.Write("---\n" + dossier.Replace("id: G01-offshore-wind-east-anglia", $"id: G01-{i}", StringComparison.Ordinal));
            }
        }
        catch (IOException)
        {
            // The process stopped reading: it was interrupted.
        }
    }

    /// <summary>Starts the CLI through <c>env</c>, which sets the SIGINT disposition it begins with.</summary>
    private static Process Start(string signalDisposition, params string[] args)
    {
        var info = new ProcessStartInfo("env")
        {
            WorkingDirectory = CliRunner.RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(signalDisposition);
        info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rubric.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
