using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Dossiers;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests;

/// <summary>An exception that escapes a reader, the binder or an engine fails one dossier or file, never the batch.</summary>
public class BatchSafetyNetTests
{
    private const string Good = "sector: energy\nhas_permit: true\nlifecycle_emissions: 90 gCO2e/kWh\n";

    [Fact]
    public void ScreenBatch_ReaderThrowsAfterTheFirstDossierOfAFile_ThatFileFailsAloneAndEveryOtherDossierIsScreened()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", "id: a\n" + Good);
        var broken = folder.Write("b.yaml", "id: b\n" + Good);
        folder.Write("c.yaml", "id: c\n" + Good);
        var screener = Screener.Create(TestRubrics.Emissions(), new ScreenerOptions { Threads = 2 });

        var result = screener.ScreenAll(screener.CreateReader(ThrowingAfterFirst("b.yaml")).Read([folder.Path]));

        Assert.Equal((3, 1, 0), (result.Summary.Screened, result.Summary.Failed, result.Summary.Skipped));
        Assert.Equal(["a", "b", "c"], result.Decisions.Select(d => d.DossierId));
        var error = Assert.Single(Assert.Single(result.Failures).Source.Errors);
        Assert.Equal("RUB0650", error.Code);
        Assert.Equal(broken, error.Span.Path);
        Assert.Contains("reading this file (InvalidDataException: reader bug)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScreenBatch_SequenceThatThrows_KeepsTheDossiersBeforeAndCountsTheThrowAsOneFailure()
    {
        var screener = Screener.Create(TestRubrics.Emissions(), new ScreenerOptions { Threads = 2 });
        var reads = screener.CreateReader().ReadText(TestRubrics.EmissionsJson("x") + "\n" + TestRubrics.EmissionsJson("y"), "in.jsonl", DossierFormat.JsonLines).ToList();

        var result = screener.ScreenAll(ThenThrow(reads));

        Assert.Equal((2, 1), (result.Summary.Screened, result.Summary.Failed));
        Assert.Equal(["x", "y"], result.Decisions.Select(d => d.DossierId));
        Assert.Equal("RUB0650", Assert.Single(Assert.Single(result.Failures).Source.Errors).Code);
    }

    [Fact]
    public void Screen_EngineThrows_BecomesThatDossiersInternalErrorWithItsIdAndPosition()
    {
        var read = Screener.Create(TestRubrics.Emissions()).CreateReader().ReadText(TestRubrics.EmissionsJson("boom"), "one.json", DossierFormat.Json).Single();

        var item = BatchSafetyNet.Screen(new PendingDossier(null, null, read), _ => throw new InvalidOperationException("engine bug\nsecond line"));

        Assert.True(item.Failed);
        Assert.Equal("boom", item.Source.DossierId);
        var error = Assert.Single(item.Source.Errors);
        Assert.Equal(read.Span, error.Span);
        Assert.Equal(
            $"{read.Span}: error RUB0650: Internal error while screening this dossier (InvalidOperationException: engine bug second line); the rest of the batch was screened. Please report it",
            error.ToString());
    }

    [Fact]
    public void Screen_Cancellation_IsNotAnInternalError()
    {
        var read = Screener.Create(TestRubrics.Emissions()).CreateReader().ReadText(TestRubrics.EmissionsJson("c"), "one.json", DossierFormat.Json).Single();

        Assert.Throws<OperationCanceledException>(() => BatchSafetyNet.Screen(new PendingDossier(null, null, read), _ => throw new OperationCanceledException()));
    }

    private static Func<TextReader, string, IEnumerable<RawDossier>> ThrowingAfterFirst(string fileName) => (reader, path) => Read(reader, path, fileName);

    private static IEnumerable<RawDossier> Read(TextReader reader, string path, string fileName)
    {
        foreach (var raw in YamlDossierReader.Read(reader, path))
        {
            yield return raw;
        }

        if (path.EndsWith(fileName, StringComparison.Ordinal))
        {
            throw new InvalidDataException("reader bug");
        }
    }

    private static IEnumerable<DossierReadResult> ThenThrow(IEnumerable<DossierReadResult> reads)
    {
        foreach (var read in reads)
        {
            yield return read;
        }

        throw new IOException("disk gone");
    }
}
