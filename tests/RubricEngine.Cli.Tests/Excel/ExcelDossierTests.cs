namespace RubricEngine.Cli.Tests.Excel;

/// <summary>.xlsx dossiers: the same columns as CSV, typed cells, and errors that name sheet, row and column.</summary>
[Collection("cli")]
public class ExcelDossierTests
{
    private const string Rubric = "rubrics/survey-cohort.rubric";
    private const string Sample = "samples/excel/survey-regions.xlsx";

    private static string RegionsCsv => File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "samples", "survey-cohort", "regions.csv"));

    /// <summary>
    /// The shipped sample is the CSV sample as a workbook; RUBRIC_UPDATE_GOLDEN=1 regenerates it. Either way it
    /// must rank, classify and score every dossier as the CSV does. (Decision JSON quotes evidence as given,
    /// and a spreadsheet number keeps no trailing zeros: the CSV's 1.20 is the workbook's 1.2.)
    /// </summary>
    [Fact]
    public void ShippedSample_ScreensToTheSameDecisionsAsTheCsvSample()
    {
        var sample = Path.Combine(CliRunner.RepositoryRoot, Sample);
        if (Environment.GetEnvironmentVariable("RUBRIC_UPDATE_GOLDEN") == "1")
        {
            Workbooks.Write(sample, new Dictionary<string, string[][]> { ["Regions"] = Workbooks.FromCsv(RegionsCsv) });
        }

        var fromExcel = CliRunner.Run("screen", "--rubric", Rubric, "--dossiers", Sample, "--format", "csv");
        var fromCsv = CliRunner.Run("screen", "--rubric", Rubric, "--dossiers", "samples/survey-cohort/regions.csv", "--format", "csv");
        Assert.True(fromExcel.Exit == 0, fromExcel.Error);
        Assert.Contains("screened 31, failed 0, skipped 0", fromExcel.Error, StringComparison.Ordinal);
        Assert.Equal(fromCsv.Out, fromExcel.Out);
    }

    [Fact]
    public void BadCell_IsReportedWithSheetRowAndColumn()
    {
        var rows = Workbooks.FromCsv(RegionsCsv);
        rows[2][7] = "many"; // row 3 of the sheet, column H: patents
        var book = Path.Combine(TempDir(), "regions.xlsx");
        Workbooks.Write(book, new Dictionary<string, string[][]> { ["Regions"] = rows });
        var (exit, _, error) = CliRunner.Run("screen", "--rubric", Rubric, "--dossiers", book, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains($"{book}[Regions](3,8): error RUB0403: 'patents' expects", error, StringComparison.Ordinal);
        Assert.Contains("failed 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueWithoutHeader_AndSecondSheet_AreReportedWithTheirSheet()
    {
        var rows = Workbooks.FromCsv(RegionsCsv);
        rows[4] = [.. rows[4], "stray"]; // row 5, column K has no header
        var second = new[] { rows[0], Workbooks.FromCsv(RegionsCsv)[2].Select((c, i) => i == 0 ? "beijing-2" : c).ToArray() };
        var book = Path.Combine(TempDir(), "two-sheets.xlsx");
        Workbooks.Write(book, new Dictionary<string, string[][]> { ["A"] = rows, ["B"] = second });
        var (exit, output, error) = CliRunner.Run("screen", "--rubric", Rubric, "--dossiers", book, "--format", "jsonl");
        Assert.Equal(1, exit);
        Assert.True(error.Contains($"{book}[A](5,11): error RUB0400: Malformed Excel workbook: column K has a value but no header", StringComparison.Ordinal), error);
        Assert.Contains("\"beijing-2\"", output, StringComparison.Ordinal);
        Assert.Contains("screened 31, failed 1, skipped 0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatIsNotAWorkbook_FailsWithOnePositionedError()
    {
        var book = Path.Combine(TempDir(), "fake.xlsx");
        File.WriteAllText(book, "id,assessment_date\na,2011-12-31\n");
        var (exit, _, error) = CliRunner.Run("screen", "--rubric", Rubric, "--dossiers", book);
        Assert.Equal(1, exit);
        Assert.Contains($"{book}(1,1): error RUB0400: Malformed Excel workbook: not a readable .xlsx workbook", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static string TempDir() => Path.GetDirectoryName(CliRunner.TempFile("x", string.Empty))!;
}
