using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Content;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Records.Recording;

/// <summary>Turns screened items into records and the dossier contents they refer to.</summary>
internal sealed class RecordBuilder(RunContext run)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Contents this run already sent: the store ignores repeats, but sending each once saves the round trip.
    private readonly HashSet<string> _sent = new(StringComparer.Ordinal);

    /// <summary>Builds a group's records in parallel (serializing and hashing is most of the cost), in the group's order.</summary>
    public void Add(IReadOnlyList<ScreeningItem> group, List<NewRecord> records, List<StoredContent> contents)
    {
        var built = new (NewRecord Record, StoredContent? Dossier)[group.Count];
        Parallel.For(0, group.Count, i => built[i] = Build(group[i]));
        foreach (var (record, dossier) in built)
        {
            if (dossier is not null && _sent.Add(dossier.Hash))
            {
                contents.Add(dossier);
            }

            records.Add(record);
        }
    }

    private (NewRecord, StoredContent?) Build(ScreeningItem item)
    {
        var source = item.Source.Span.HasLocation || item.Source.Span.Path.Length > 0 ? item.Source.Span.ToString() : null;
        if (item.Decision is { } decision)
        {
            var dossier = StoredContent.Of(StoredContent.DossierKind, decision.DossierId, DossierCodec.Write(item.Source.Dossier!));
            return (run.Record(RecordKinds.Decision, decision.DossierId, source, dossier.Hash, DecisionJson.Serialize(decision, indented: false)), dossier);
        }

        return (run.Record(RecordKinds.Error, item.Source.DossierId, source, null, ErrorJson(item)), null);
    }

    /// <summary>A dossier that was not screened: its id if known, where it was, and every diagnostic.</summary>
    private static string ErrorJson(ScreeningItem item)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("dossier_id", item.Source.DossierId);
            writer.WriteBoolean("skipped", item.Skipped);
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in item.Source.Diagnostics)
            {
                writer.WriteStringValue(diagnostic.ToString());
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

/// <summary>What every record of one run shares.</summary>
internal sealed record RunContext(string RunId, string RubricHash, string Engine, string ProgramVersion)
{
    public NewRecord Record(string kind, string? dossierId, string? source, string? dossierHash, string payload) =>
        new(kind, RunId, dossierId, source, RubricHash, dossierHash, Engine, ProgramVersion, payload);
}
