using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Records.Recording;

/// <summary>The JSON of the run records: who ran what, when, with which options, and the counts at the end.</summary>
internal static class RunPayloads
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Start(string runId, RunStart start, DateTimeOffset at, bool resumed) => Json(writer =>
    {
        writer.WriteString("run_id", runId);
        writer.WriteBoolean("resumed", resumed);
        writer.WriteString("user", Environment.UserName);
        writer.WriteString("host", Environment.MachineName);
        writer.WriteString("at", Time(at));
        writer.WriteStartObject("rubric");
        writer.WriteString("id", start.Screener.Identity.Id);
        writer.WriteString("version", start.Screener.Identity.Version);
        writer.WriteString("hash", start.Screener.Identity.Hash);
        writer.WriteString("file", start.RubricName);
        writer.WriteEndObject();
        writer.WriteString("engine", start.Screener.Options.Engine.ToString().ToLowerInvariant());
        writer.WriteNumber("threads", start.Screener.WorkerThreads);
        writer.WriteBoolean("trace", start.Screener.Options.RecordTrace);
        writer.WriteStartArray("inputs");
        foreach (var input in start.Inputs)
        {
            writer.WriteStringValue(input);
        }

        writer.WriteEndArray();
    });

    public static string End(string runId, ScreeningEnvelope envelope, int committedBefore) => Json(writer =>
    {
        writer.WriteString("run_id", runId);
        writer.WriteNumber("screened", envelope.Summary.Screened);
        writer.WriteNumber("failed", envelope.Summary.Failed);
        writer.WriteNumber("skipped", envelope.Summary.Skipped);
        writer.WriteNumber("committed_before_resume", committedBefore);
        writer.WriteString("started_at", Time(envelope.StartedAt));
        writer.WriteString("finished_at", Time(envelope.FinishedAt));
        writer.WriteNumber("threads", envelope.Threads);
        writer.WriteString("engine", envelope.Engine.ToString().ToLowerInvariant());
    });

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
