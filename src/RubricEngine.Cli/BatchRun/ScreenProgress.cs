using System.Diagnostics;
using RubricEngine.Screening.Batch;
using Spectre.Console;

namespace RubricEngine.Cli.BatchRun;

/// <summary>
/// Progress on standard error while a batch screens. On a terminal: a live bar with the count, the total
/// (estimated up front, unknown for standard input), percentage, rate and time left. Anywhere else (a file,
/// a pipe, CI, tests): a plain line at most every <see cref="PlainInterval"/>, so short runs print none and
/// nothing is ever redrawn into a log.
/// </summary>
internal static class ScreenProgress
{
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(10);

    /// <summary>Runs the work, which consumes the batch and reports progress to the given sink.</summary>
    /// <param name="console">The streams.</param>
    /// <param name="total">The estimated number of dossiers, or null when unknown.</param>
    /// <param name="streamsToTerminal">True when results stream to a terminal's standard output as they are
    /// decided (JSON Lines without --out): a live bar there would be torn by the lines, so plain lines are used.</param>
    /// <param name="words">The words of the progress lines (<c>--lang</c>).</param>
    /// <param name="work">Consumes the batch, reporting to the sink it is given.</param>
    public static void Run(CliConsole console, long? total, bool streamsToTerminal, BatchWords words, Action<IProgress<ScreeningSummary>> work)
    {
        if (!ReferenceEquals(console.Error, Console.Error) || Console.IsErrorRedirected || (streamsToTerminal && !Console.IsOutputRedirected))
        {
            work(new PlainProgress(console.Error, total, words));
            return;
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes,
        });
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("screening", maxValue: Math.Max(1, total ?? 1));
                task.IsIndeterminate = total is null;
                var clock = Stopwatch.StartNew();
                work(new Sink(summary =>
                {
                    var known = total is { } t && summary.Total <= t;
                    task.IsIndeterminate = !known;
                    task.Value = known ? summary.Total : 0;
                    task.Description = Markup.Escape(ProgressText.Describe(summary, known ? total : null, clock.Elapsed, includeEstimate: false, words));
                }));
                task.StopTask();
            });
    }

    /// <summary>Plain lines for logs, at most one per interval.</summary>
    private sealed class PlainProgress(TextWriter error, long? total, BatchWords words) : IProgress<ScreeningSummary>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _next = PlainInterval;

        public void Report(ScreeningSummary value)
        {
            if (_clock.Elapsed < _next)
            {
                return;
            }

            _next = _clock.Elapsed + PlainInterval;
            var known = total is { } t && value.Total <= t ? total : null;
            error.WriteLine(words.Progress + ProgressText.Describe(value, known, _clock.Elapsed, includeEstimate: true, words));
        }
    }

    private sealed class Sink(Action<ScreeningSummary> changed) : IProgress<ScreeningSummary>
    {
        public void Report(ScreeningSummary value) => changed(value);
    }
}
