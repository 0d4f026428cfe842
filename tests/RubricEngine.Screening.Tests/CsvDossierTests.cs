using RubricEngine.Model.Logic;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests;

public class CsvDossierTests
{
    private const string Header = "id,sector,has_permit,lifecycle_emissions [gCO2e/kWh],annual_generation [MWh],evidence,panel.expert,panel.market,panel.technical\n";

    [Fact]
    public void ReadCsv_HeaderUnit_AppliesToBareNumbersAndCellUnitsWin()
    {
        var csv = Header + "A,energy,true,100,50,,X;Y;Z,4;4;4,2;2;2\nB,energy,true,0.1 kgCO2e/kWh,50,,X;Y;Z,4;4;4,2;2;2\n";

        var result = Screen.Batch(TestRubrics.Emissions(), csv, DossierFormat.Csv);

        Assert.All(result.Decisions, d => Assert.Equal(Truth.Met, d.Criterion("low_emissions").Verdict));
        Assert.Equal(["100 gCO2e/kWh", "0.1 kgCO2e/kWh"], result.Decisions.Select(d => d.Criterion("low_emissions").Values[0].Value));
    }

    [Fact]
    public void ReadCsv_EvidenceColumnAndCitations_AreLinked()
    {
        var csv = Header + "A,energy,true,90 @lca | 120 @audit,50,lca; LCA report; 12; ; 2024-01-01 | audit; Audit; 3; TUV; 2024-06-01,X;Y;Z,4;4;4,2;2;2\n";

        var decision = Screen.Batch(TestRubrics.Emissions(TestRubrics.PreferVerified), csv, DossierFormat.Csv).Decisions.Single();

        var used = decision.Criterion("low_emissions").Values[0];
        Assert.Equal(("120 gCO2e/kWh", "audit"), (used.Value, used.Evidence.Single()));
        Assert.Equal("not_green", decision.Outcome);
    }

    [Fact]
    public void ReadCsv_PanelColumns_BecomeOneRecordPerExpert()
    {
        var csv = Header + "A,energy,true,90,50,,X;Y;Z;W,4;4;4;2,2;2;2;2\n";

        var decision = Screen.Batch(TestRubrics.Emissions(), csv, DossierFormat.Csv).Decisions.Single();

        Assert.Equal(3.5m, decision.Score!.Groups[0].Indicators[0].Score);
    }
}
