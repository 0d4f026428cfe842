using RubricEngine.Authoring.Impact;

namespace RubricEngine.Authoring.Tests.Constructs;

/// <summary>The impact analysis sees changes that only a further classification or the cohort exclusion shows.</summary>
public sealed class ConstructImpactTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rubric-construct-impact-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Impact_OfASecondClassificationsTier_NamesTheFlipOfThatClassificationAndItsCause()
    {
        // Total 3.5, the grant unclear (no emissions given) under both versions; the loan needs 3 before and 4 after.
        Write("d1.yaml", "id: d1\nregion: east\nproduction: 5 tH2\npanel:\n  - market: 4\n    team: 3\n  - market: 3\n    team: 4\n");
        var old = ConstructDiffTests.Load(ConstructDiffTests.Base.Replace("loan when large and big", "loan when total >= 3", StringComparison.Ordinal));
        var @new = ConstructDiffTests.Load(ConstructDiffTests.Base.Replace("loan when large and big", "loan when total >= 4", StringComparison.Ordinal));
        var report = ImpactAnalysis.Run("old", old, "new", @new, [_folder], threads: 1);
        var change = Assert.Single(report.Changes);
        Assert.Equal(("unclear", "unclear", "loan_gate: loan", "loan_gate: no_loan"), (change.From, change.To, change.OthersFrom, change.OthersTo));
        Assert.Equal([Assert.Single(report.Edits).Number], change.Causes);
        var table = ImpactFormats.Table(report, "en");
        Assert.True(table.Contains("  d1: unclear -> unclear, loan_gate: loan -> loan_gate: no_loan; caused by edit 1\n", StringComparison.Ordinal), table);
        Assert.Contains("\"classifications_to\": \"loan_gate: no_loan\"", ImpactFormats.Json(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_OfTheCohortExclusion_ChangesTheSharesItCausesAndNamesIt()
    {
        // Production 6, 3 and a national row of 9: with the row excluded west's share is 1/3 (big),
        // with it 3/99 (not big).
        Write("east.yaml", "id: east\nregion: east\nproduction: 6 tH2\npanel: []\n");
        Write("west.yaml", "id: west\nregion: west\nproduction: 3 tH2\npanel: []\n");
        Write("national.yaml", "id: national\nregion: national\nproduction: 90 tH2\npanel: []\n");
        var old = ConstructDiffTests.Load(ConstructDiffTests.Base);
        var @new = ConstructDiffTests.Load(ConstructDiffTests.Replace("exclude from cohort when national_row\n", string.Empty));
        var report = ImpactAnalysis.Run("old", old, "new", @new, [_folder], threads: 1);
        var edit = Assert.Single(report.Edits);
        Assert.Equal("removed cohort exclusion exclude from cohort: exclude from cohort when national_row", edit.Summary);
        // The national row's own share was unknown (excluded), so its loan tier was undecided; now it is 90 %.
        Assert.True(report.Changes.Count == 3, ImpactFormats.Table(report, "en"));
        var changes = report.Changes.ToDictionary(c => c.DossierId, c => (c.OthersFrom, c.OthersTo, Assert.Single(c.Causes)));
        Assert.Equal(("loan_gate: loan", "loan_gate: no_loan", edit.Number), changes["east"]);
        Assert.Equal(("loan_gate: loan", "loan_gate: no_loan", edit.Number), changes["west"]);
        Assert.Equal(("loan_gate: insufficient_evidence", "loan_gate: loan", edit.Number), changes["national"]);
        Assert.Equal(3, changes.Count);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);
}
