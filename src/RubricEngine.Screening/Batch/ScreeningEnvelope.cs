using System.Globalization;
using System.Text;
using System.Text.Json;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Batch;

/// <summary>
/// Run metadata kept apart from decisions, so decisions stay byte-identical across runs: when and how a
/// batch ran, with its counts.
/// </summary>
/// <param name="Rubric">The rubric screened against.</param>
/// <param name="Summary">The batch's counts.</param>
/// <param name="StartedAt">When the run started (UTC).</param>
/// <param name="FinishedAt">When it finished (UTC).</param>
/// <param name="Threads">The worker threads used.</param>
/// <param name="Engine">The engine used.</param>
public sealed record ScreeningEnvelope(
    RubricIdentity Rubric, ScreeningSummary Summary, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, int Threads, ScreeningEngine Engine)
{
    /// <summary>The envelope as JSON, invariant formatting.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString("rubric", Rubric.Id);
            writer.WriteString("rubric_version", Rubric.Version);
            writer.WriteString("rubric_hash", Rubric.Hash);
            writer.WriteNumber("screened", Summary.Screened);
            writer.WriteNumber("failed", Summary.Failed);
            writer.WriteNumber("skipped", Summary.Skipped);
            writer.WriteString("started_at", StartedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("finished_at", FinishedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteNumber("threads", Threads);
            writer.WriteString("engine", Engine.ToString().ToLowerInvariant());
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
