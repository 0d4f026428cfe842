using System.Globalization;
using System.Text;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests;

public sealed class DeterminismTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string[] _files;

    public DeterminismTests()
    {
        var csv = new StringBuilder("id,sector,has_permit,lifecycle_emissions [gCO2e/kWh],annual_generation [MWh],panel.expert,panel.market,panel.technical\n");
        for (var i = 0; i < 700; i++)
        {
            var emissions = (40 + (i % 90)).ToString(CultureInfo.InvariantCulture);
            var permit = i % 11 == 0 ? "" : "true";
            csv.Append(CultureInfo.InvariantCulture, $"C{i:D4},energy,{permit},{emissions},{i % 70},A;B;C,{3 + (i % 3)};4;4,2;{i % 5};3\n");
        }

        _files =
        [
            _folder.Write("b.csv", csv.ToString()),
            _folder.Write("a.json", "[" + TestRubrics.EmissionsJson("J1") + "," + TestRubrics.EmissionsJson("J2", "\"0.1 kgCO2e/kWh\"") + "]"),
            _folder.Write("sub/c.jsonl", TestRubrics.EmissionsJson("L1", emissions: null) + "\n" + "{broken\n" + TestRubrics.EmissionsJson("L2", market: 1)),
            _folder.Write("notes.txt", "not a dossier"),
        ];
    }

    [Theory]
    [InlineData(ScreeningEngine.Compiled)]
    public void ScreenBatch_OneThreadVersusManyAndShuffledFiles_GivesByteIdenticalJson(ScreeningEngine engine)
    {
        var single = Run(engine, threads: 1, [_folder.Path]);
        var parallel = Run(engine, threads: 4, [_files[2], _files[0], _files[1]]);
        var reversed = Run(engine, threads: 3, [.. _files.Take(3).Reverse()]);

        Assert.Equal(single.Json, parallel.Json);
        Assert.Equal(single.Json, reversed.Json);
        Assert.Equal(new ScreeningSummary(704, 1, 1), single.Summary);
        Assert.Equal(new ScreeningSummary(704, 1, 0), parallel.Summary);
    }

    [Theory]
    [InlineData(ScreeningEngine.Compiled)]
    public void ScreenBatch_ShuffledRowsOfACohort_GiveByteIdenticalDecisionsById(ScreeningEngine engine)
    {
        var lines = CohortTests.Regions.Split('\n');
        var shuffled = string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Reverse()));
        var screener = Screener.Create(CohortTests.Survey, new ScreenerOptions { Engine = engine, Threads = 2 });

        string Json(string csv) => DecisionJson.SerializeAll(
            screener.ScreenAll(screener.CreateReader().ReadText(csv, "regions.csv", Dossiers.DossierFormat.Csv)).DecisionsById);

        Assert.Equal(Json(CohortTests.Regions), Json(shuffled));
    }

    public void Dispose() => _folder.Dispose();

    private static (string Json, ScreeningSummary Summary) Run(ScreeningEngine engine, int threads, string[] paths, bool withTrace = true)
    {
        var screener = Screener.Create(TestRubrics.Emissions(), new ScreenerOptions { Engine = engine, Threads = threads });
        var result = screener.ScreenAll(screener.CreateReader().Read(paths));
        var decisions = result.Decisions.Select(d => withTrace ? d : d with { Trace = [] });
        return (DecisionJson.SerializeAll(decisions), result.Summary);
    }
}
