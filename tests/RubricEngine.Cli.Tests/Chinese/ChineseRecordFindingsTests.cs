using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace RubricEngine.Cli.Tests.Chinese;

/// <summary>
/// The findings of the record commands in Chinese: a store tampered with behind the program's back (a decision
/// edited, a record deleted, a stored dossier edited) through <c>records verify</c>, <c>records export</c> and its
/// verification, and <c>replay</c>; and what is not in the store (a run, a record) through <c>records list</c>,
/// <c>show</c>, <c>export</c> and <c>replay</c>. Every diagnostic line says 错误, and its message holds Latin
/// letters only in quoted text (“…”) and the store's own data; the English lines stay as they were.
/// </summary>
[Collection("cli")]
public partial class ChineseRecordFindingsTests
{
    private const string Rubric = "rubrics/gib.rubric";
    private const string Samples = "samples/gib";

    [Fact]
    public void FindingsOfATamperedStore_InChinese_AreChineseDiagnostics()
    {
        var (store, run, allowed) = Recorded();
        Tamper(store);
        var export = CliRunner.TempPath("tampered-export.json");
        allowed.AddData(export);

        var verify = CliRunner.Run("records", "verify", store, "--lang", "zh");
        var exported = CliRunner.Run("records", "export", store, "--run", run, "--out", export, "--lang", "zh");
        var verifyExport = CliRunner.Run("records", "verify", export, "--lang", "zh");
        var replay = CliRunner.Run("replay", store, "--lang", "zh");
        Assert.Equal(1, verify.Exit);
        Assert.Equal(0, exported.Exit);
        Assert.Equal(1, verifyExport.Exit);
        Assert.Equal(1, replay.Exit);

        var lines = AssertChinese(allowed, verify.Error, verifyExport.Error, replay.Error);
        Assert.Contains($"{store}: 错误 RUB0811: 记录 10 之前删除了记录 9：其链接指向一条不存在的记录", lines);
        Assert.Contains($"{store}: 错误 RUB0810: 记录 5（决定）被修改：其内容与哈希不符", lines);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"错误 RUB0814: 存储的材料 [0-9a-f]{12} 被修改或缺失；记录 12 引用了它$"));
        Assert.Contains(lines, l => l.StartsWith($"{store}: 错误 RUB0820: 记录 5（材料“", StringComparison.Ordinal));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"错误 RUB0821: 记录 12（材料“[^”]+”）无法重放：其存储的材料缺失或被修改$"));
        Assert.Contains(lines, l => l.StartsWith($"{export}: 错误 RUB0811: 记录 10 之前删除了记录 9", StringComparison.Ordinal));

        // The same findings in English, worded as before.
        var english = CliRunner.Run("records", "verify", store).Error;
        Assert.Contains($"{store}: error RUB0811: Record 9 was deleted before record 10: its chain link points to a record that is not there\n", english, StringComparison.Ordinal);
        Assert.Contains($"{store}: error RUB0810: Record 5 (decision) was edited: its content does not match its hash\n", english, StringComparison.Ordinal);
        Assert.Matches(@"error RUB0814: Stored dossier [0-9a-f]{12} was edited, or is missing; record 12 refers to it\n", english);
        Assert.Matches(@"error RUB0821: Record 12 \(dossier '[^']+'\) cannot be replayed: its stored dossier is missing or was edited\n", CliRunner.Run("replay", store).Error);
    }

    [Fact]
    public void WhatIsNotInTheStore_InChinese_IsRUB0803FromTheCatalog()
    {
        var (store, _, allowed) = Recorded();
        var export = CliRunner.TempPath("none.json");
        allowed.AddData("no-such-run");
        var runs = new[]
        {
            CliRunner.Run("records", "list", store, "--run", "no-such-run", "--lang", "zh"),
            CliRunner.Run("records", "show", store, "9999", "--lang", "zh"),
            CliRunner.Run("records", "export", store, "--run", "no-such-run", "--out", export, "--lang", "zh"),
            CliRunner.Run("replay", store, "--run", "no-such-run", "--lang", "zh"),
            CliRunner.Run("replay", store, "--dossier", "no-such-dossier", "--lang", "zh"),
        };
        Assert.All(runs, r => Assert.Equal(1, r.Exit));
        var lines = AssertChinese(allowed, [.. runs.Select(r => r.Error)]);
        Assert.Equal(
            [
                $"{store}: 错误 RUB0803: 存储库中没有运行“no-such-run”",
                $"{store}: 错误 RUB0803: 存储库中没有记录 9999",
                $"{store}: 错误 RUB0803: 存储库中没有运行“no-such-run”",
                $"{store}: 错误 RUB0803: 存储库中没有运行“no-such-run”",
                $"{store}: 错误 RUB0803: 存储库中没有材料“no-such-dossier”的决定记录",
            ],
            lines);

        Assert.Equal($"{store}: error RUB0803: No run 'no-such-run' in the store\n", CliRunner.Run("records", "list", store, "--run", "no-such-run").Error);
        Assert.Equal($"{store}: error RUB0803: No record 9999 in the store\n", CliRunner.Run("records", "show", store, "9999").Error);
        Assert.Equal($"{store}: error RUB0803: No run 'no-such-run' in the store\n", CliRunner.Run("records", "export", store, "--run", "no-such-run", "--out", export).Error);
    }

    [Fact]
    public void WhatIsNotAStore_InChinese_SaysWhyInChinese()
    {
        var folder = CliRunner.TempPath("not-stores");
        Directory.CreateDirectory(folder);
        var empty = Path.Combine(folder, "empty.db");
        File.WriteAllText(empty, string.Empty);
        var text = Path.Combine(folder, "text.db");
        File.WriteAllText(text, "not a database at all\n");
        var json = Path.Combine(folder, "other.json");
        File.WriteAllText(json, "{\"edits\": []}\n");
        var missing = Path.Combine(folder, "missing.db");
        var allowed = AllowedTokens.For(Rubric, []);
        allowed.Words.UnionWith(["SQLite", "JSON"]); // the formats' own names, as the scan of diagnostics allows YAML and CSV
        foreach (var path in new[] { folder, empty, text, json, missing })
        {
            allowed.AddData(path);
        }

        var runs = new[] { text, empty, folder, missing, json }.Select(p => CliRunner.Run("records", "verify", p, "--lang", "zh")).ToList();
        Assert.All(runs, r => Assert.Equal(1, r.Exit));
        var lines = AssertChinese(allowed, [.. runs.Select(r => r.Error)]);
        Assert.Equal(
            [
                $"{text}: 错误 RUB0800: “{text}”不是决定存储库：它不是 SQLite 数据库",
                $"{empty}: 错误 RUB0800: “{empty}”不是决定存储库：该文件为空",
                $"{folder}: 错误 RUB0800: “{folder}”不是决定存储库：它是文件夹",
                $"{missing}: 错误 RUB0802: 无法打开决定存储库：“{missing}”不存在",
                $"{json}: 错误 RUB0800: “{json}”不是决定存储库：它是 JSON，但不是导出的运行",
            ],
            lines);
        Assert.Equal($"{text}: error RUB0800: '{text}' is not a decision store: it is not a SQLite database\n", CliRunner.Run("records", "verify", text).Error);
        Assert.Equal($"{missing}: error RUB0802: Cannot open the decision store: '{missing}' does not exist\n", CliRunner.Run("records", "list", missing).Error);
    }

    private static (string Store, string Run, AllowedTokens Allowed) Recorded()
    {
        var files = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, Samples)).Select(f => Path.GetRelativePath(CliRunner.RepositoryRoot, f)).ToList();
        var allowed = AllowedTokens.For(Rubric, files);
        var store = CliRunner.TempPath("findings.db");
        var screened = CliRunner.Run("screen", "--rubric", Rubric, "--dossiers", Samples, "--format", "json", "--record", store);
        Assert.True(screened.Exit is 0 or 1, screened.Error);
        var records = CliRunner.Run("records", "list", store, "--format", "csv");
        var run = records.Out.Split('\n')[1].Split(',')[0];
        ChineseRecordsScanTests.AllowStoreData(allowed, store, store, run, CliRunner.Run("records", "list", store, "--run", run, "--format", "csv").Out, files);
        return (store, run, allowed);
    }

    // As someone editing the tables would: a decision's outcome, a deleted record, a stored dossier's body.
    private static void Tamper(string store)
    {
        using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "UPDATE rubric_records SET payload = replace(payload, '\"outcome\":\"', '\"outcome\":\"x') WHERE seq = 5;" +
            "DELETE FROM rubric_records WHERE seq = 9;" +
            "UPDATE rubric_contents SET body = body || ' ' WHERE hash = (SELECT dossier_hash FROM rubric_records WHERE seq = 12);";
        command.ExecuteNonQuery();
    }

    // The diagnostic lines of the outputs, each checked to be Chinese; their quoted text is data.
    private static List<string> AssertChinese(AllowedTokens allowed, params string[] outputs)
    {
        var lines = outputs.SelectMany(o => o.ReplaceLineEndings("\n").Split('\n')).Where(l => Diagnostic().IsMatch(l)).ToList();
        Assert.NotEmpty(lines);
        var english = lines.Where(l => !l.Contains(": 错误 RUB", StringComparison.Ordinal)).ToList();
        Assert.True(english.Count == 0, "not in Chinese:\n" + string.Join("\n", english));
        var findings = lines.SelectMany(l => EnglishScanner.Untranslated(Quoted().Replace(Message(l), " "), allowed, html: false)).Select(f => $"'{f.Word}' in {f.Line}").ToList();
        Assert.True(findings.Count == 0, "untranslated English:\n" + string.Join("\n", findings));
        return lines;
    }

    private static string Message(string line) => Diagnostic().Split(line, 2)[^1];

    [GeneratedRegex(@": (error|warning|错误|警告) RUB\d{4}: ", RegexOptions.CultureInvariant)]
    private static partial Regex Diagnostic();

    [GeneratedRegex(@"“[^”]*”", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
