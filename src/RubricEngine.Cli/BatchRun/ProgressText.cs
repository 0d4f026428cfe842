using System.Globalization;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Cli.BatchRun;

/// <summary>The words of a progress report: counts, total, percentage, rate and time left.</summary>
internal static class ProgressText
{
    public static string Describe(ScreeningSummary summary, long? total, TimeSpan elapsed, bool includeEstimate)
    {
        var done = summary.Total;
        var text = total is { } t
            ? string.Create(CultureInfo.InvariantCulture, $"{done} of {t} dossiers")
            : string.Create(CultureInfo.InvariantCulture, $"{done} dossiers (total unknown)");
        text += string.Create(CultureInfo.InvariantCulture, $", failed {summary.Failed}, skipped {summary.Skipped}");
        var seconds = elapsed.TotalSeconds;
        if (seconds <= 0 || done == 0)
        {
            return text;
        }

        var rate = done / seconds;
        text += string.Create(CultureInfo.InvariantCulture, $", {rate:0}/s");
        if (includeEstimate && total is { } all && all > 0)
        {
            var left = TimeSpan.FromSeconds((all - done) / rate);
            text += string.Create(CultureInfo.InvariantCulture, $", {100.0 * done / all:0}%, about {Duration(left)} left");
        }

        return text;
    }

    public static string Duration(TimeSpan span) => span.TotalSeconds < 90
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(span.TotalSeconds):0} s")
        : span.TotalMinutes < 90
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(span.TotalMinutes):0} min")
            : string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.0} h");
}
