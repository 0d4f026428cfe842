using RubricEngine.Records.Tests.Support;

namespace RubricEngine.Records.Tests;

/// <summary>Edits made behind the program's back, straight in the tables: verify finds each and names the record.</summary>
public class TamperingTests : RemovesItsFolders
{
    private static string Recorded(string kind)
    {
        var target = TestStores.New(kind);
        Batches.Record(target, "yeda.rubric", ["samples/yeda"]);
        Batches.Record(target, "gib.rubric", ["samples/gib"]);
        return target;
    }

    private static List<string> Findings(string target)
    {
        using var store = TestStores.Open(target);
        return [.. store.Verify().Select(d => d.ToString())];
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Verify_EditedDecision_NamesTheRecord(string kind)
    {
        var target = Recorded(kind);
        TestStores.Sql(target, "UPDATE rubric_records SET payload = replace(payload, '\"outcome\":\"', '\"outcome\":\"x') WHERE seq = 5");
        var finding = Assert.Single(Findings(target));
        Assert.Contains("RUB0810: Record 5 (decision) was edited", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Verify_EditedDecisionWithItsHashRewritten_NamesTheRecord(string kind)
    {
        var target = Recorded(kind);
        using (var store = TestStores.Open(target))
        {
            var record = store.Record(7)!;
            var payload = record.Payload.Replace("\"outcome\":\"", "\"outcome\":\"x", StringComparison.Ordinal);
            var forged = new Chain.NewRecord(record.Kind, record.RunId, record.DossierId, record.Source, record.RubricHash, record.DossierHash, record.Engine, record.ProgramVersion, System.Text.Encoding.UTF8.GetBytes(payload));
            var previous = store.Record(6)!.Hash;
            TestStores.Sql(target, $"UPDATE rubric_records SET payload = '{payload.Replace("'", "''", StringComparison.Ordinal)}', hash = '{forged.LinkTo(previous)}' WHERE seq = 7");
        }

        var finding = Assert.Single(Findings(target));
        Assert.Contains("Record 7 (decision, hash rewritten) was edited", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Verify_DeletedRecord_NamesIt(string kind)
    {
        var target = Recorded(kind);
        TestStores.Sql(target, "DELETE FROM rubric_records WHERE seq = 9");
        var finding = Assert.Single(Findings(target));
        Assert.Contains("RUB0811: Record 9 was deleted before record 10", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Verify_DeletedLastRecords_ReportsTheChainHead(string kind)
    {
        var target = Recorded(kind);
        var last = TestStores.Scalar(target, "SELECT max(seq) FROM rubric_records");
        TestStores.Sql(target, $"DELETE FROM rubric_records WHERE seq > {last - 2}");
        var finding = Assert.Single(Findings(target));
        Assert.Contains($"RUB0815: The chain ends at record {last - 2}", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Verify_InsertedRecord_NamesIt(string kind)
    {
        var target = Recorded(kind);
        // Make room between records 12 and 13, then slip in a copy of a decision with a new outcome.
        TestStores.Sql(target, "UPDATE rubric_records SET seq = seq + 1000000");
        TestStores.Sql(target, "UPDATE rubric_records SET seq = (seq - 1000000) * 10");
        TestStores.Sql(target, """
            INSERT INTO rubric_records (seq, kind, run_id, dossier_id, source, rubric_hash, dossier_hash, engine, program_version, payload, prev_hash, hash)
            SELECT 125, kind, run_id, 'forged', source, rubric_hash, dossier_hash, engine, program_version, replace(payload, '"outcome":"', '"outcome":"x'), hash, hash
            FROM rubric_records WHERE seq = 120
            """);
        var findings = Findings(target);
        Assert.Contains(findings, f => f.Contains("RUB0812: Record 125 (decision) was inserted: the chain goes from record 120 to record 130", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Contains("125", f, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Verify_SwappedRecords_NamesBoth(string kind)
    {
        var target = Recorded(kind);
        TestStores.Sql(target, "UPDATE rubric_records SET seq = -1 WHERE seq = 14");
        TestStores.Sql(target, "UPDATE rubric_records SET seq = 14 WHERE seq = 15");
        TestStores.Sql(target, "UPDATE rubric_records SET seq = 15 WHERE seq = -1");
        var findings = Findings(target);
        Assert.True(findings.Count > 0 && findings.All(f => f.Contains("RUB0813", StringComparison.Ordinal)), string.Join("\n", findings));
        Assert.Contains(findings, f => f.Contains("RUB0813: Record 14 is out of order", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("RUB0813: Record 15 is out of order", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Contains("RUB0810", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Verify_EditedStoredRubric_NamesTheRecordsThatUseIt(string kind)
    {
        var target = Recorded(kind);
        TestStores.Sql(target, "UPDATE rubric_contents SET body = replace(body, '>= 3.5', '>= 2.5') WHERE kind = 'rubric' AND name = 'yeda.rubric'");
        var finding = Assert.Single(Findings(target));
        Assert.Contains("RUB0814: Stored rubric", finding, StringComparison.Ordinal);
        Assert.Contains("record 1, 2, 3 and 20 more refers to it", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Verify_EditedStoredDossier_NamesTheRecord(string kind)
    {
        var target = Recorded(kind);
        using (var store = TestStores.Open(target))
        {
            var hash = store.Record(4)!.DossierHash!;
            TestStores.Sql(target, $"UPDATE rubric_contents SET body = replace(body, '\"number\":\"4', '\"number\":\"5') WHERE hash = '{hash}'");
        }

        var finding = Assert.Single(Findings(target));
        Assert.Contains("RUB0814: Stored dossier", finding, StringComparison.Ordinal);
        Assert.Contains("record 4 refers", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestStores.Sqlite)]
    [PostgresData]
    public void Replay_EditedDecision_ReportsTheRecordAndTheFirstDifferentByte(string kind)
    {
        var target = Recorded(kind);
        TestStores.Sql(target, "UPDATE rubric_records SET payload = replace(payload, '\"outcome\":\"', '\"outcome\":\"x') WHERE seq = 5");
        using var store = TestStores.Open(target);
        var report = store.Replay(Language.RubricLoader.LoadText).Value!;
        var finding = Assert.Single(report.Findings).ToString();
        Assert.Contains("RUB0820: Record 5 (dossier '", finding, StringComparison.Ordinal);
        Assert.Contains("the replayed decision differs from the stored one at byte", finding, StringComparison.Ordinal);
        Assert.Equal(report.Replayed - 1, report.Identical);
    }
}
