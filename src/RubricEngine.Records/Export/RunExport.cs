using System.Text.Encodings.Web;
using System.Text.Json;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Storage;

namespace RubricEngine.Records.Export;

/// <summary>
/// Writes one run with its chain proof to a single JSON file: every record of the run in full, the records of
/// other runs between them and the head reduced to their links and digests (a record's hash covers only its
/// link and digest, so the chain is checkable without their content), and the rubric and dossiers the run
/// refers to. <see cref="ExportVerifier"/> checks it with nothing else.
/// </summary>
internal static class RunExport
{
    public const string Format = "rubric-engine-run-export";

    public static bool Write(StoreConnection store, string runId, Stream output)
    {
        var first = store.Records("run_id = @run", ("@run", runId)).FirstOrDefault();
        if (first is null)
        {
            return false;
        }

        var (headSeq, headHash) = store.ReadHead();
        var addresses = new SortedSet<string>(StringComparer.Ordinal);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteNumber("version", 1);
        writer.WriteString("store", store.Target.Display);
        writer.WriteString("run_id", runId);
        writer.WriteString("anchor", first.PreviousHash);
        writer.WriteStartObject("head");
        writer.WriteNumber("seq", headSeq);
        writer.WriteString("hash", headHash);
        writer.WriteEndObject();
        writer.WriteStartArray("records");
        foreach (var record in store.Records("seq >= @first", ("@first", first.Seq)))
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", record.Seq);
            if (record.RunId == runId)
            {
                writer.WriteString("kind", record.Kind);
                writer.WriteString("run_id", record.RunId);
                writer.WriteString("dossier_id", record.DossierId);
                writer.WriteString("source", record.Source);
                writer.WriteString("rubric_hash", record.RubricHash);
                writer.WriteString("dossier_hash", record.DossierHash);
                writer.WriteString("engine", record.Engine);
                writer.WriteString("program_version", record.ProgramVersion);
                writer.WriteString("payload", record.Payload);
                AddAddress(addresses, record.RubricHash);
                AddAddress(addresses, record.DossierHash);
            }
            else
            {
                writer.WriteString("digest", record.Digest);
            }

            writer.WriteString("prev_hash", record.PreviousHash);
            writer.WriteString("hash", record.Hash);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("contents");
        foreach (var address in addresses)
        {
            if (store.Content(address) is { } content)
            {
                writer.WriteStartObject();
                writer.WriteString("hash", content.Hash);
                writer.WriteString("kind", content.Kind);
                writer.WriteString("name", content.Name);
                writer.WriteString("body", content.Body);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return true;
    }

    private static void AddAddress(SortedSet<string> addresses, string? hash)
    {
        if (hash is not null)
        {
            addresses.Add(hash);
        }
    }
}
