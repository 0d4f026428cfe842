using System.Text.Json;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Content;
using RubricEngine.Records.Verification;

namespace RubricEngine.Records.Export;

/// <summary>Verifies an exported run offline: its records, their links up to the exported head, and its contents.</summary>
internal static class ExportVerifier
{
    /// <summary>True when the file looks like an export (a JSON object), rather than a store.</summary>
    public static bool IsExport(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var file = File.OpenRead(path);
        int b;
        while ((b = file.ReadByte()) is ' ' or '\n' or '\r' or '\t')
        {
        }

        return b == '{';
    }

    public static List<Diagnostic> Verify(string path)
    {
        var where = SourceSpan.At(path, 0, 0);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (!root.TryGetProperty("format", out var format) || format.GetString() != RunExport.Format)
            {
                return [Diagnostic.Create(DiagnosticCatalog.NotARecordStore, where, path, DiagnosticPhrases.NotAnExportedRun)];
            }

            var rows = new List<ChainRow>();
            var users = new Dictionary<string, List<long>>(StringComparer.Ordinal);
            foreach (var r in root.GetProperty("records").EnumerateArray())
            {
                rows.Add(Row(r, users));
            }

            var head = root.GetProperty("head");
            var findings = ChainVerifier.Check(rows, root.GetProperty("anchor").GetString()!, head.GetProperty("hash").GetString()!, head.GetProperty("seq").GetInt64(), where);
            var contents = root.GetProperty("contents").EnumerateArray()
                .Select(c => new StoredContent(Text(c, "hash")!, Text(c, "kind")!, Text(c, "name")!, Text(c, "body")!)).ToList();
            var intact = contents.Where(c => c.IsIntact).Select(c => c.Hash).ToHashSet(StringComparer.Ordinal);
            findings.AddRange(StoreVerifier.ContentFindings(users, intact, contents.Select(c => (c.Hash, c.Kind)), where));
            return findings;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return [Diagnostic.Create(DiagnosticCatalog.NotARecordStore, where, path, DiagnosticPhrases.UnreadableExport(e.Message))];
        }
    }

    private static ChainRow Row(JsonElement r, Dictionary<string, List<long>> users)
    {
        var seq = r.GetProperty("seq").GetInt64();
        var previous = Text(r, "prev_hash")!;
        var hash = Text(r, "hash")!;
        if (r.TryGetProperty("digest", out var digest))
        {
            return new ChainRow(seq, "record of another run", previous, hash, RecordHash.Link(previous, digest.GetString()!) == hash);
        }

        var record = new StoredRecord(
            seq, Text(r, "kind")!, Text(r, "run_id")!, Text(r, "dossier_id"), Text(r, "source"), Text(r, "rubric_hash"), Text(r, "dossier_hash"),
            Text(r, "engine")!, Text(r, "program_version")!, Text(r, "payload")!, previous, hash);
        foreach (var address in new[] { record.RubricHash, record.DossierHash })
        {
            if (address is not null)
            {
                if (!users.TryGetValue(address, out var list))
                {
                    users[address] = list = [];
                }

                list.Add(seq);
            }
        }

        return new ChainRow(seq, record.Kind, previous, hash, record.IsIntact);
    }

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();
}
