using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;

namespace RubricEngine.Records.Verification;

/// <summary>
/// Walks the chain in store order and names what broke it. A record whose fields no longer give its hash
/// was edited; a record the chain skips was inserted; a link to a record that is not there means records
/// were deleted; a link to a record elsewhere in the store means records were reordered.
/// </summary>
internal static class ChainVerifier
{
    /// <param name="rows">The records in store order.</param>
    /// <param name="start">The hash the first record links to: the genesis hash, or an export's anchor.</param>
    /// <param name="headHash">The hash the store says its last record has.</param>
    /// <param name="headSeq">The id the store says its last record has.</param>
    /// <param name="where">The store, for the diagnostics.</param>
    public static List<Diagnostic> Check(IReadOnlyList<ChainRow> rows, string start, string headHash, long headSeq, SourceSpan where)
    {
        var findings = new List<Diagnostic>();
        var byHash = new Dictionary<string, int>(StringComparer.Ordinal);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            byHash.TryAdd(rows[i].Hash, i);
            referenced.Add(rows[i].PreviousHash);
            if (!rows[i].Intact)
            {
                findings.Add(Diagnostic.Create(DiagnosticCatalog.RecordEdited, where, rows[i].Seq, DiagnosticPhrases.StoredKind(rows[i].Kind)));
            }
        }

        var inserted = Inserted(rows, start, headHash, byHash, referenced);
        var expected = start;
        ChainRow? last = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (inserted.Contains(i))
            {
                var before = Accepted(rows, inserted, i, -1);
                var after = Accepted(rows, inserted, i, +1);
                findings.Add(Diagnostic.Create(DiagnosticCatalog.RecordInserted, where, row.Seq, DiagnosticPhrases.StoredKind(row.Kind), Position(before) ?? DiagnosticPhrases.ChainStart, Position(after) ?? DiagnosticPhrases.ChainEnd));
                continue;
            }

            if (row.PreviousHash != expected)
            {
                findings.Add(Broken(rows, row, last, start, byHash, referenced, where));
            }

            expected = row.Hash;
            last = row;
        }

        if (expected != headHash)
        {
            findings.Add(Diagnostic.Create(DiagnosticCatalog.ChainHeadMismatch, where, last?.Seq ?? 0, Short(expected), headSeq, Short(headHash)));
        }

        return findings;
    }

    private static Diagnostic Broken(
        IReadOnlyList<ChainRow> rows, ChainRow row, ChainRow? last, string start, Dictionary<string, int> byHash, HashSet<string> referenced, SourceSpan where)
    {
        var lastSeq = last?.Seq ?? 0;
        if (byHash.TryGetValue(row.PreviousHash, out var j) || row.PreviousHash == start)
        {
            var chainBefore = row.PreviousHash == start ? DiagnosticPhrases.ChainStart : DiagnosticPhrases.ChainRecord(rows[j].Seq);
            return Diagnostic.Create(DiagnosticCatalog.RecordReordered, where, row.Seq, chainBefore, Position(last) ?? DiagnosticPhrases.ChainStart);
        }

        if (last is not null && row.Seq == lastSeq + 1 && !referenced.Contains(last.Hash))
        {
            // Nothing is missing between them, and nothing links to the record before: its hash was rewritten.
            return Diagnostic.Create(DiagnosticCatalog.RecordEdited, where, last.Seq, DiagnosticPhrases.HashRewritten(last.Kind));
        }

        return Diagnostic.Create(DiagnosticCatalog.RecordDeleted, where, DiagnosticPhrases.RecordsDeleted(lastSeq + 1, row.Seq - 1), row.Seq);
    }

    private static DiagnosticPhrase? Position(ChainRow? row) => row is null ? null : DiagnosticPhrases.ChainRecord(row.Seq);

    /// <summary>Records the chain does not contain: copies of another record, and records the next one skips over.</summary>
    private static HashSet<int> Inserted(IReadOnlyList<ChainRow> rows, string start, string headHash, Dictionary<string, int> byHash, HashSet<string> referenced)
    {
        var inserted = new HashSet<int>();
        var links = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            links[row.PreviousHash] = links.GetValueOrDefault(row.PreviousHash) + 1;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var before = i == 0 ? start : rows[i - 1].Hash;
            var skipped = i + 1 < rows.Count && rows[i + 1].PreviousHash == before && rows[i].PreviousHash != before && !referenced.Contains(rows[i].Hash);
            var copy = byHash[rows[i].Hash] != i;
            var deadEnd = !referenced.Contains(rows[i].Hash) && rows[i].Hash != headHash && links[rows[i].PreviousHash] > 1;
            if (skipped || copy || (deadEnd && i + 1 < rows.Count))
            {
                inserted.Add(i);
            }
        }

        return inserted;
    }

    private static ChainRow? Accepted(IReadOnlyList<ChainRow> rows, HashSet<int> inserted, int from, int step)
    {
        for (var i = from + step; i >= 0 && i < rows.Count; i += step)
        {
            if (!inserted.Contains(i))
            {
                return rows[i];
            }
        }

        return null;
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
