using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Records.Chain;
using RubricEngine.Records.Content;
using RubricEngine.Records.Storage;

namespace RubricEngine.Records.Verification;

/// <summary>Verifies a whole store: the chain of records, then every stored rubric and dossier against its address.</summary>
internal static class StoreVerifier
{
    private const int NamedPerContent = 3;

    public static List<Diagnostic> Verify(StoreConnection store)
    {
        var where = SourceSpan.At(store.Target.Display, 0, 0);
        var (headSeq, headHash) = store.ReadHead();
        var rows = new List<ChainRow>();
        var users = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var record in store.Records())
        {
            rows.Add(new ChainRow(record.Seq, record.Kind, record.PreviousHash, record.Hash, record.IsIntact));
            Use(users, record.RubricHash, record.Seq);
            Use(users, record.DossierHash, record.Seq);
        }

        var findings = ChainVerifier.Check(rows, RecordHash.Genesis, headHash, headSeq, where);
        var intact = new HashSet<string>(StringComparer.Ordinal);
        foreach (var content in store.Contents())
        {
            if (content.IsIntact)
            {
                intact.Add(content.Hash);
            }
        }

        findings.AddRange(ContentFindings(users, intact, store.Contents().Select(c => (c.Hash, c.Kind)), where));
        return findings;
    }

    /// <summary>A content edited or missing is reported once, naming the first records that refer to it.</summary>
    internal static IEnumerable<Diagnostic> ContentFindings(
        Dictionary<string, List<long>> users, HashSet<string> intact, IEnumerable<(string Hash, string Kind)> stored, SourceSpan where)
    {
        var kinds = stored.ToDictionary(c => c.Hash, c => c.Kind, StringComparer.Ordinal);
        foreach (var (hash, seqs) in users.OrderBy(u => u.Value[0]))
        {
            if (intact.Contains(hash))
            {
                continue;
            }

            var named = DiagnosticPhrases.RecordList(seqs.Take(NamedPerContent), Math.Max(0, seqs.Count - NamedPerContent));
            yield return Diagnostic.Create(DiagnosticCatalog.StoredContentEdited, where, DiagnosticPhrases.StoredKind(kinds.GetValueOrDefault(hash, "content")), hash[..Math.Min(12, hash.Length)], named);
        }
    }

    private static void Use(Dictionary<string, List<long>> users, string? hash, long seq)
    {
        if (hash is null)
        {
            return;
        }

        if (!users.TryGetValue(hash, out var list))
        {
            users[hash] = list = [];
        }

        list.Add(seq);
    }
}
