using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests.Reading;

public class CsvEscapeTests
{
    [Fact]
    public void ReadCsv_UnescapedBarInTextCell_IsTwoValues()
    {
        var values = Note("A,North | South\n");

        Assert.Equal(["North", "South"], values);
    }

    [Theory]
    [InlineData(@"North \| South", "North | South")]
    [InlineData(@"a\;b", "a;b")]
    [InlineData(@"mail \@lca", "mail @lca")]
    [InlineData(@"C:\docs\\", @"C:\docs\")]
    [InlineData(@"C:\docs", @"C:\docs")]
    public void ReadCsv_EscapedSeparator_IsText(string cell, string expected)
    {
        Assert.Equal([expected], Note($"A,{cell}\n"));
    }

    [Fact]
    public void ReadCsv_EscapedSeparatorsInListAndEvidenceColumns_AreText()
    {
        var csv = "id,sector,panel.expert,evidence\nA,energy,Smith\\; Jones;Lee;Kim,e1; Report \\| annex; 3\n";
        var screener = Screener.Create(TestRubrics.Emissions());

        var read = screener.CreateReader().ReadText(csv, "e.csv", DossierFormat.Csv).Single();

        var panel = (Model.Values.ListValue)read.Dossier!.Entries.Single(e => e.Input == "panel").Values[0].Value;
        Assert.Equal(["Smith; Jones", "Lee", "Kim"], panel.Records.Select(r => ((Model.Values.TextValue)r.Fields.Single().Value).Text));
        Assert.Equal("Report | annex", read.Dossier.Evidence.Single().Document);
    }

    private static string[] Note(string rows)
    {
        var rubric = Build.Rubric("notes", [Build.Input("note", Model.Types.TextType.Instance)], [], [], "none");
        var read = Screener.Create(rubric).CreateReader().ReadText("id,note\n" + rows, "n.csv", DossierFormat.Csv).Single();
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return [.. read.Dossier!.Entries.Single().Values.Select(v => ((Model.Values.TextValue)v.Value).Text)];
    }
}
