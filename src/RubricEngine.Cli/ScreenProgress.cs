using RubricEngine.Screening.Batch;
using Spectre.Console;

namespace RubricEngine.Cli;

/// <summary>
/// Shows a progress bar on standard error while a batch screens, when standard error is a terminal; when it
/// is redirected (CI, pipes, tests) nothing is drawn, so the output stays clean.
/// </summary>
internal static class ScreenProgress
{
    /// <summary>Runs the work, which consumes the batch and reports progress, and returns the final counts.</summary>
    public static ScreeningSummary Run(CliConsole console, Action<IProgress<ScreeningSummary>> work)
    {
        var counts = new LatestSummary();
        if (!ReferenceEquals(console.Error, Console.Error) || Console.IsErrorRedirected)
        {
            work(counts);
            return counts.Value;
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        terminal.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("screening").IsIndeterminate();
                counts.Changed = summary => task.Description = $"screened {summary.Screened}, failed {summary.Failed}, skipped {summary.Skipped}";
                work(counts);
                task.StopTask();
            });
        return counts.Value;
    }

    /// <summary>Keeps the latest counts; progress is reported on the consuming thread, in order.</summary>
    private sealed class LatestSummary : IProgress<ScreeningSummary>
    {
        public ScreeningSummary Value { get; private set; }

        public Action<ScreeningSummary>? Changed { get; set; }

        public void Report(ScreeningSummary value)
        {
            Value = value;
            Changed?.Invoke(value);
        }
    }
}
