using System.Diagnostics;
using System.Globalization;

namespace RubricEngine.Cli.Tests;

/// <summary>
/// Ctrl-C in a real process: SIGINT mid-batch stops the run, removes the unfinished output, prints the
/// summary and exits 130. Dossiers are fed on standard input without end, so the signal always lands mid-batch.
/// </summary>
public class InterruptTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    // Run by .ci/run in a step of its own, after the parallel suite: twice in four CI runs it saw no exit within
    // 60 s of SIGINT while every other test project ran beside it, and never when run alone (40 runs). The cause
    // is not found yet.
    [Fact]
    [Trait("Category", "Interrupt")]
    public async Task Screen_SigintMidBatch_RemovesThePartialOutputPrintsTheSummaryAndExits130()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGINT cannot be sent to another process there; the handler is the same code
        }

        var dir = Path.GetDirectoryName(CliRunner.TempFile("x", string.Empty))!;
        var output = Path.Combine(dir, "decisions.jsonl");
        using var process = Start("screen", "--rubric", "rubrics/gib.rubric", "--dossiers", "-", "--input-format", "yaml", "--format", "jsonl", "--out", output);
        var error = process.StandardError.ReadToEndAsync();
        var feeding = Task.Run(() => Feed(process));
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(output + ".tmp") && new FileInfo(output + ".tmp").Length > 0) && clock.Elapsed < HangGuard && !process.HasExited)
        {
            await Task.Delay(50);
        }

        Assert.False(process.HasExited, "the batch ended before it could be interrupted");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        using (var guard = new CancellationTokenSource(HangGuard))
        {
            await process.WaitForExitAsync(guard.Token);
        }

        await feeding;

        Assert.Equal(130, process.ExitCode);
        var stderr = await error;
        Assert.Matches($@"interrupted: screened [1-9]\d*, failed 0, skipped 0; '{System.Text.RegularExpressions.Regex.Escape(output)}' was not written and its partial output was removed", stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output + ".tmp"), "the partial output is removed");
        Assert.False(File.Exists(output), "an interrupted run never leaves a result that looks complete");
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

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = CliRunner.RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rubric.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
