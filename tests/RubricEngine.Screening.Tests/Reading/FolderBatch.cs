using RubricEngine.Language.Dossiers;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests.Reading;

/// <summary>
/// A folder with a good dossier before and after the file under test, screened as <c>rubric screen</c> does;
/// the good ones' decisions are compared with screening them alone.
/// </summary>
internal sealed class FolderBatch : IDisposable
{
    public static readonly string First = TestRubrics.EmissionsJson("first");
    public static readonly string Last = TestRubrics.EmissionsJson("last");

    public FolderBatch()
    {
        Folder.Write("a.json", First);
        Folder.Write("z.json", Last);
    }

    public TempFolder Folder { get; } = new();

    public string Path(string relative) => System.IO.Path.Combine(Folder.Path, relative);

    public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(Path(relative), bytes);

    public BatchResult Screen(int threads = 1)
    {
        var screener = Screener.Create(TestRubrics.Emissions(), new ScreenerOptions { Threads = threads });
        return screener.ScreenAll(screener.CreateReader(YamlDossierReader.Read).Read([Folder.Path]));
    }

    /// <summary>The decision JSON of one dossier screened on its own.</summary>
    public static string Alone(string json)
    {
        var screener = Screener.Create(TestRubrics.Emissions());
        var read = screener.CreateReader().ReadText(json, "alone.json", DossierFormat.Json).Single();
        return DecisionJson.Serialize(screener.Screen(read.Dossier!));
    }

    /// <summary>Asserts the batch completed, the file under test failed alone, and the good dossiers decided as alone.</summary>
    public static string AssertFailsAlone(BatchResult result)
    {
        Assert.Equal(new ScreeningSummary(2, 1, 0), result.Summary);
        Assert.Equal([Alone(First), Alone(Last)], result.Decisions.Select(d => DecisionJson.Serialize(d)));
        return Assert.Single(Assert.Single(result.Failures).Source.Errors).ToString()
            .Replace(System.IO.Path.GetTempPath().Replace('\\', '/').TrimEnd('/'), "TMP", StringComparison.Ordinal);
    }

    public void Dispose() => Folder.Dispose();
}
