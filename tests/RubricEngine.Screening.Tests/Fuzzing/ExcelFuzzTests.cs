using Xunit.Abstractions;

namespace RubricEngine.Screening.Tests.Fuzzing;

/// <summary>
/// The Excel reader on the sample workbook with its bytes mutated (flipped bits, truncation, duplicated and
/// dropped runs): a damaged archive or sheet is a positioned error of its file, never an exception.
/// </summary>
[Trait("Category", "Fuzz")]
public class ExcelFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void ReadExcel_MutatedWorkbook_NeverThrowsAndEveryEntryIsPositioned()
    {
        var workbook = File.ReadAllBytes(Path.Combine(FuzzSeeds.Root, "samples", "excel", "survey-regions.xlsx"));
        var rubric = RubricEngine.Language.RubricLoader.LoadFile(Path.Combine(FuzzSeeds.Root, "rubrics", "survey-cohort.rubric")).Value!;
        var reader = Screener.Create(rubric).CreateReader();
        using var folder = new Support.TempFolder();
        var file = Path.Combine(folder.Path, "fuzz.xlsx");
        FuzzRun.RunBytes("Excel dossier reader", workbook, 1501, bytes =>
        {
            File.WriteAllBytes(file, bytes);
            var results = reader.ReadFile(file).ToList();
            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.True(r.Succeeded || r.Diagnostics.Length > 0, "an entry with neither a dossier nor diagnostics"));
            Assert.All(results.SelectMany(r => r.Diagnostics), d => Assert.True(d.Span.Line >= 1, $"no position: {d}"));
        }, output);
    }
}
