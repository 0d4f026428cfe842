using System.Globalization;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Cli.BatchRun;

/// <summary>The words of a progress report: counts, total, percentage, rate and time left, in the language of <c>--lang</c>.</summary>
internal static class ProgressText
{
    public static string Describe(ScreeningSummary summary, long? total, TimeSpan elapsed, bool includeEstimate, BatchWords? words = null)
    {
        words ??= BatchWords.English;
        var done = summary.Total;
        var text = total is { } t ? Format(words.Counted, done, t) : Format(words.CountedOfUnknown, done);
        text += Format(words.FailedSkipped, summary.Failed, summary.Skipped);
        var seconds = elapsed.TotalSeconds;
        if (seconds <= 0 || done == 0)
        {
            return text;
        }

        var rate = done / seconds;
        text += Format(words.Rate, rate);
        if (includeEstimate && total is { } all && all > 0)
        {
            var left = TimeSpan.FromSeconds((all - done) / rate);
            text += Format(words.TimeLeft, 100.0 * done / all, Duration(left, words));
        }

        return text;
    }

    public static string Duration(TimeSpan span, BatchWords? words = null)
    {
        words ??= BatchWords.English;
        return span.TotalSeconds < 90 ? Format(words.Seconds, Math.Ceiling(span.TotalSeconds))
            : span.TotalMinutes < 90 ? Format(words.Minutes, Math.Ceiling(span.TotalMinutes))
            : Format(words.Hours, span.TotalHours);
    }

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
