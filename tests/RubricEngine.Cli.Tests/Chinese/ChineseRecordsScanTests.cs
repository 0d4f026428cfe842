using System.Text.RegularExpressions;

namespace RubricEngine.Cli.Tests.Chinese;

/// <summary>
/// With <c>--lang zh</c> the record commands write Chinese too: the line <c>screen --record</c> ends with, the
/// listings of runs and records as tables, a record shown as a table and explained, <c>records verify</c> of a
/// store and of an export, <c>records export</c> and <c>replay</c>. What may stay in Latin letters is what
/// <see cref="AllowedTokens"/> allows for the rubric and its samples, plus the store's own data: its path, the run
/// id, who ran it on which host and when, the engine's name and the dossiers' source paths. A record's stored
/// payload (the decision JSON) is data and is not scanned; nor are diagnostics, which <see cref="ChineseRecordFindingsTests"/> covers.
/// </summary>
[Collection("cli")]
public class ChineseRecordsScanTests
{
    [Theory]
    [InlineData("rubrics/gib.rubric", "samples/gib")]
    [InlineData("rubrics/eu-taxonomy.rubric", "samples/eu-taxonomy")]
    public void EveryChineseLine_OfTheRecordCommands_HasNoUntranslatedEnglish(string rubric, string samples)
    {
        var files = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, samples)).Select(f => Path.GetRelativePath(CliRunner.RepositoryRoot, f)).ToList();
        var allowed = AllowedTokens.For(rubric, files);
        var store = CliRunner.TempPath("records-zh.db");
        var export = CliRunner.TempPath("records-zh-export.json");
        var outputs = new List<(string What, string Text, bool Html)>();

        var screened = CliRunner.Run("screen", "--rubric", rubric, "--dossiers", samples, "--format", "json", "--record", store, "--lang", "zh");
        Assert.True(screened.Exit is 0 or 1, screened.Error);
        allowed.AddConditions(screened.Out);
        outputs.Add(("screen --record stderr", screened.Error, false));

        var runs = CliRunner.Run("records", "list", store, "--format", "csv");
        var run = runs.Out.Split('\n')[1].Split(',')[0];
        var records = CliRunner.Run("records", "list", store, "--run", run, "--format", "csv");
        var recordIds = records.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).Where(c => c[1] == "decision").Select(c => c[0]).ToList();
        Assert.NotEmpty(recordIds);
        AllowStoreData(allowed, store, export, run, records.Out, files);

        outputs.Add(("records list", Checked(CliRunner.Run("records", "list", store, "--lang", "zh")), false));
        outputs.Add(("records list --run", Checked(CliRunner.Run("records", "list", store, "--run", run, "--lang", "zh")), false));
        var shown = Checked(CliRunner.Run("records", "show", store, recordIds[0], "--format", "table", "--lang", "zh"));
        outputs.Add(("records show table", WithoutPayload(shown), false));
        foreach (var format in new[] { "md", "txt", "html" })
        {
            outputs.Add(($"records show {format}", Checked(CliRunner.Run("records", "show", store, recordIds[^1], "--format", format, "--lang", "zh")), format != "txt"));
        }

        outputs.Add(("records verify", Checked(CliRunner.Run("records", "verify", store, "--lang", "zh")), false));
        outputs.Add(("records export", Checked(CliRunner.Run("records", "export", store, "--run", run, "--out", export, "--lang", "zh")), false));
        outputs.Add(("records verify export", Checked(CliRunner.Run("records", "verify", export, "--lang", "zh")), false));
        outputs.Add(("replay", Checked(CliRunner.Run("replay", store, "--lang", "zh")), false));

        var findings = outputs
            .SelectMany(o => EnglishScanner.Untranslated(WithoutDiagnostics(o.Text), allowed, o.Html).Select(f => $"'{f.Word}' in {o.What}: {f.Line}"))
            .ToList();
        Assert.True(findings.Count == 0, $"{findings.Count} untranslated words:\n" + string.Join("\n", findings.Take(40)));
    }

    [Fact]
    public void RecordListings_AsData_KeepTheirEnglishFieldNames_AndTheTableUsesTheNumberFormatter()
    {
        var store = CliRunner.TempPath("records-data.db");
        Assert.Equal(0, CliRunner.Run("screen", "--rubric", "rubrics/gib.rubric", "--dossiers", "samples/gib", "--format", "json", "--record", store).Exit);
        var run = CliRunner.Run("records", "list", store, "--format", "csv", "--lang", "zh").Out.Split('\n')[1].Split(',')[0];

        var csv = CliRunner.Run("records", "list", store, "--run", run, "--format", "csv", "--lang", "zh").Out;
        Assert.StartsWith("record,kind,dossier,outcome,score,detail\n", csv, StringComparison.Ordinal);
        Assert.Contains(",decision,G13-onshore-wind-repowering,fundable,4.04875,tier 'fundable' is met\n", csv, StringComparison.Ordinal);

        var table = CliRunner.Run("records", "list", store, "--run", run, "--lang", "zh").Out;
        Assert.StartsWith("记录  类型", table, StringComparison.Ordinal);
        Assert.Matches(@"决定\s+G13-onshore-wind-repowering\s+可投资 \(fundable\)\s+≈ 4\.0488\s+满足“可投资”的条件。", table);
        var english = CliRunner.Run("records", "list", store, "--run", run).Out;
        Assert.Matches(@"decision\s+G13-onshore-wind-repowering\s+fundable\s+≈ 4\.0488\s+tier 'fundable' is met", english);
    }

    private static string Checked((int Exit, string Out, string Error) run)
    {
        Assert.True(run.Exit == 0, run.Error);
        return run.Out + run.Error;
    }

    // The store's own data, shown as it is: paths, run id, user and host, times, engine names and sources.
    internal static void AllowStoreData(AllowedTokens allowed, string store, string export, string run, string recordsCsv, IEnumerable<string> files)
    {
        foreach (var phrase in new[] { store, export, run, Environment.UserName, Environment.MachineName, "nrules", "compiled" }.Concat(files))
        {
            allowed.AddData(phrase);
        }

        foreach (Match time in Regex.Matches(recordsCsv, @"\d{4}-\d\d-\d\dT[0-9:.]+Z"))
        {
            allowed.AddData(time.Value);
        }
    }

    private static string WithoutPayload(string table) =>
        string.Join('\n', table.Split('\n').Where(l => !l.StartsWith("内容 ", StringComparison.Ordinal)));

    private static string WithoutDiagnostics(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !Regex.IsMatch(l, @": (error|warning|info|错误|警告) RUB\d{4}: ")));
}
