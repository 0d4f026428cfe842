using RubricEngine.Records.Chain;
using RubricEngine.Records.Content;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Records.Recording;

/// <summary>
/// Turns a group of screened items into records and the dossier contents they refer to: the JSON and every
/// hash but the chain link, which is most of the cost of recording. Groups build on thread-pool threads, in
/// parallel with screening and with the writer's append; only linking waits for the store.
/// </summary>
internal static class RecordBuilder
{
    public static BuiltGroup Build(RunContext run, IReadOnlyList<PendingItem> group)
    {
        var records = new NewRecord[group.Count];
        var contents = new List<NewContent>(group.Count);
        for (var i = 0; i < group.Count; i++)
        {
            var pending = group[i];
            if (pending.Item is not { } item)
            {
                var dossier = NewContent.Dossier(pending.DossierId!, pending.Content!);
                contents.Add(dossier);
                records[i] = run.Record(RecordKinds.Decision, pending.DossierId, pending.Source, dossier.Hash, pending.Payload);
            }
            else if (item.Decision is { } decision)
            {
                var dossier = item.DossierContent is { } canonical ? NewContent.Dossier(decision.DossierId, canonical) : NewContent.Dossier(item.Source.Dossier!);
                contents.Add(dossier);
                records[i] = run.Record(RecordKinds.Decision, decision.DossierId, pending.Source, dossier.Hash, Payload(item));
            }
            else
            {
                records[i] = run.Record(RecordKinds.Error, item.Source.DossierId, pending.Source, null, Payload(item));
            }
        }

        return new BuiltGroup(records, contents);
    }

    /// <summary>
    /// What the item's record holds: the decision JSON exactly as <see cref="DecisionJson"/> writes it compact, or the
    /// error JSON. A JSON Lines line its worker rendered is those bytes and a newline, so it is decoded instead of
    /// serialising the decision a second time.
    /// </summary>
    public static ReadOnlyMemory<byte> Payload(ScreeningItem item) => item switch
    {
        { Decision: not null, JsonLine: { Length: > 0 } line } when line[^1] == (byte)'\n' => line.AsMemory(0, line.Length - 1),
        { Decision: { } decision } => JsonScratch.WriteUtf8(decision, DecisionJson.Write),
        _ => JsonScratch.WriteUtf8(item, WriteError),
    };

    /// <summary>A dossier that was not screened: its id if known, whether it was skipped, and every diagnostic.</summary>
    private static void WriteError(System.Text.Json.Utf8JsonWriter writer, ScreeningItem item)
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
}

/// <summary>
/// An item waiting for its group. A decision whose worker rendered both its JSON line and its dossier's canonical
/// content keeps only those bytes, its dossier id and source (<see cref="Item"/> null), so the decision and dossier
/// objects die young instead of living until the group is written (thousands of them, promoted to the old
/// generation, were gen-2 collections); any other item is kept whole and serialised when its group is built.
/// </summary>
internal readonly record struct PendingItem(ScreeningItem? Item, string? DossierId, string? Source, ReadOnlyMemory<byte> Payload, byte[]? Content)
{
    public static PendingItem Of(ScreeningItem item) =>
        item is { Decision: { } decision, JsonLine: { Length: > 0 } line, DossierContent: { } content } && line[^1] == (byte)'\n'
            ? new(null, decision.DossierId, CommittedItems.Source(item.Source), line.AsMemory(0, line.Length - 1), content)
            : new(item, null, CommittedItems.Source(item.Source), default, null);
}

/// <summary>A group's records, in the batch's order, and the contents they refer to (repeats included).</summary>
internal sealed record BuiltGroup(IReadOnlyList<NewRecord> Records, IReadOnlyList<NewContent> Contents);

/// <summary>What every record of one run shares.</summary>
internal sealed record RunContext(string RunId, string RubricHash, string Engine, string ProgramVersion)
{
    public NewRecord Record(string kind, string? dossierId, string? source, string? dossierHash, ReadOnlyMemory<byte> payload) =>
        new(kind, RunId, dossierId, source, RubricHash, dossierHash, Engine, ProgramVersion, payload);

    public NewRecord Record(string kind, string payload) =>
        new(kind, RunId, null, null, RubricHash, null, Engine, ProgramVersion, System.Text.Encoding.UTF8.GetBytes(payload));
}
