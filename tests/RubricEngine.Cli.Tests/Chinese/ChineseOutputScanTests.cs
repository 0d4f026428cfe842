namespace RubricEngine.Cli.Tests.Chinese;

/// <summary>
/// With <c>--lang zh</c> every word the program writes is Chinese: the ranked table and the summary line on
/// standard error, the HTML batch report (index and every page) and each dossier's explanation as Markdown (with
/// the sensitivity section), text and HTML, for every shipped rubric over its samples. What may stay in Latin
/// letters is listed by <see cref="AllowedTokens"/>: names, units, citations, the rubric's Chinese labels, the
/// dossiers' data and the conditions as written. Diagnostic lines are scanned by <see cref="ChineseDiagnosticScanTests"/>
/// over the bad inputs (the shipped samples here give none).
/// </summary>
[Collection("cli")]
public class ChineseOutputScanTests
{
    public static TheoryData<string, string> RubricsAndSamples() => new()
    {
        { "rubrics/eu-taxonomy.rubric", "samples/eu-taxonomy" },
        { "rubrics/gib.rubric", "samples/gib" },
        { "rubrics/yeda.rubric", "samples/yeda" },
        { "rubrics/yeda.yaml", "samples/yeda" },
        { "samples/revisions/yeda-0.2.rubric", "samples/yeda" },
        { "rubrics/technology-readiness.rubric", "samples/technology-readiness" },
        { "rubrics/survey-cohort.rubric", "samples/survey-cohort" },
        { "rubrics/survey-cohort.rubric", "samples/survey-sectors" },
    };

    [Theory]
    [MemberData(nameof(RubricsAndSamples))]
    public void EveryChineseOutput_OfTheRubricOverItsSamples_HasNoUntranslatedEnglish(string rubric, string samples)
    {
        var files = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, samples)).Select(f => Path.GetRelativePath(CliRunner.RepositoryRoot, f)).Order(StringComparer.Ordinal).ToList();
        var allowed = AllowedTokens.For(rubric, files);
        var json = CliRunner.Run("screen", "--rubric", rubric, "--dossiers", samples, "--format", "json");
        Assert.True(json.Exit == 0, json.Error);
        allowed.AddConditions(json.Out);

        var outputs = new List<(string What, string Text, bool Html)>();
        var table = CliRunner.Run("screen", "--rubric", rubric, "--dossiers", samples, "--lang", "zh");
        outputs.Add(("table", table.Out, false));
        outputs.Add(("table stderr", table.Error, false));
        var report = CliRunner.TempPath("report");
        var html = CliRunner.Run("screen", "--rubric", rubric, "--dossiers", samples, "--lang", "zh", "--format", "html", "--out", report);
        Assert.True(html.Exit == 0, html.Error);
        outputs.Add(("report stderr", html.Error, false));
        outputs.AddRange(CliRunner.ReadFolder(report).Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => ($"report {f.Key}", f.Value, true)));

        foreach (var (file, id) in Dossiers(files, json.Out))
        {
            foreach (var (format, extra) in new[] { ("md", "--sensitivity"), ("txt", null), ("html", null) })
            {
                string[] args = ["explain", "--rubric", rubric, "--dossier", file, "--lang", "zh", "--format", format];
                args = [.. args, .. id is null ? [] : new[] { "--id", id }, .. extra is null ? [] : new[] { extra }];
                var explained = CliRunner.Run(args);
                Assert.True(explained.Exit == 0, $"{string.Join(' ', args)}: {explained.Error}");
                // Markdown is read rendered: its HTML (folded sections) and entities as in HTML.
                outputs.Add(($"explain {Path.GetFileName(file)} {id} {format}", explained.Out + explained.Error, format is "html" or "md"));
            }
        }

        AssertNoFindings(outputs, allowed);
    }

    public static TheoryData<string, string, string> Revisions() => new()
    {
        { "rubrics/yeda.rubric", "samples/revisions/yeda-0.2.rubric", "samples/yeda" },
        { "samples/revisions/yeda-0.2.rubric", "rubrics/yeda.yaml", "samples/yeda" },
    };

    /// <summary><c>rubric impact --lang zh</c>: its table, its HTML report and its line on standard error.</summary>
    [Theory]
    [MemberData(nameof(Revisions))]
    public void ImpactOfARevision_InChinese_HasNoUntranslatedEnglish(string old, string @new, string samples)
    {
        var files = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, samples)).Select(f => Path.GetRelativePath(CliRunner.RepositoryRoot, f)).ToList();
        var allowed = AllowedTokens.For([old, @new], files);
        foreach (var rubric in new[] { old, @new })
        {
            var json = CliRunner.Run("screen", "--rubric", rubric, "--dossiers", samples, "--format", "json");
            Assert.True(json.Exit == 0, json.Error);
            allowed.AddConditions(json.Out);
        }

        var impact = CliRunner.Run("impact", old, @new, "--dossiers", samples, "--format", "json");
        Assert.True(impact.Exit == 0, impact.Error);
        allowed.AddEdits(impact.Out);

        var outputs = new List<(string What, string Text, bool Html)>();
        foreach (var format in new[] { "table", "html" })
        {
            var run = CliRunner.Run("impact", old, @new, "--dossiers", samples, "--lang", "zh", "--format", format);
            Assert.True(run.Exit == 0, run.Error);
            outputs.Add(($"impact {format}", run.Out, format == "html"));
            outputs.Add(($"impact {format} stderr", run.Error, false));
        }

        AssertNoFindings(outputs, allowed);
    }

    /// <summary>
    /// <c>rubric diff --lang zh</c> over the shipped revisions: the table's own words are Chinese; the rubric's wording
    /// (names, conditions, numbers) stays as written and a text shows its Chinese text. Its diagnostics are Chinese too.
    /// </summary>
    [Theory]
    [MemberData(nameof(Revisions))]
    public void DiffOfARevision_InChinese_HasNoUntranslatedEnglish(string old, string @new, string samples)
    {
        _ = samples; // a diff reads no dossiers
        var allowed = AllowedTokens.For([old, @new], []);
        var json = CliRunner.Run("diff", old, @new, "--format", "json", "--lang", "zh");
        Assert.True(json.Exit == 0, json.Error);
        Assert.Equal(CliRunner.Run("diff", old, @new, "--format", "json").Out, json.Out); // data keeps its words
        allowed.AddEdits(json.Out);

        var table = CliRunner.Run("diff", old, @new, "--lang", "zh");
        Assert.True(table.Exit == 0, table.Error);
        Assert.StartsWith($"差异 {old} -> {@new}：共 ", table.Out, StringComparison.Ordinal);
        AssertNoFindings([("diff table", table.Out, false), ("diff stderr", table.Error, false)], allowed);

        var missing = CliRunner.Run("diff", old, "no-such.rubric", "--lang", "zh");
        Assert.Equal("no-such.rubric: 错误 RUB0600: 文件“no-such.rubric”不存在\n", missing.Error.ReplaceLineEndings("\n"));
    }

    private static void AssertNoFindings(List<(string What, string Text, bool Html)> outputs, AllowedTokens allowed)
    {
        // One line per untranslated word, with the first place it was seen.
        var findings = outputs
            .SelectMany(o => EnglishScanner.Untranslated(WithoutDiagnostics(o.Text), allowed, o.Html).Select(f => (f.Word, Where: $"{o.What}: {f.Line}")))
            .GroupBy(f => f.Word, StringComparer.Ordinal)
            .Select(g => $"'{g.Key}' ({g.Count()}x), first in {g.First().Where}")
            .ToList();
        Assert.True(findings.Count == 0, $"{findings.Count} untranslated words:\n" + string.Join("\n", findings));
    }

    // One entry per dossier: a file of one dossier, or each row of a CSV by its id.
    private static IEnumerable<(string File, string? Id)> Dossiers(List<string> files, string decisionsJson)
    {
        using var document = System.Text.Json.JsonDocument.Parse(decisionsJson);
        var ids = document.RootElement.EnumerateArray().Select(d => d.GetProperty("dossier").GetProperty("id").GetString()!).ToList();
        foreach (var file in files)
        {
            if (file.EndsWith(".csv", StringComparison.Ordinal))
            {
                var text = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, file));
                foreach (var id in ids.Where(i => text.Contains('\n' + i + ',', StringComparison.Ordinal)))
                {
                    yield return (file, id);
                }
            }
            else
            {
                yield return (file, null);
            }
        }
    }

    private static string WithoutDiagnostics(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, @": (error|warning|info) RUB\d{4}: ")));
}

/// <summary>The lines a batch writes on standard error that the samples are too small to show (progress, interruption, hint), in Chinese.</summary>
public class ChineseBatchLineTests
{
    [Fact]
    public void Progress_InChinese_GivesCountsRateAndTimeLeftInChinese()
    {
        var words = BatchRun.BatchWords.Chinese;
        var known = BatchRun.ProgressText.Describe(new Screening.Batch.ScreeningSummary(1500, 100, 0), 10_000, TimeSpan.FromSeconds(4), includeEstimate: true, words);
        Assert.Equal("1600 / 10000 份材料，失败 100，跳过 0，每秒 400 份，16%，约剩 21 秒", known);
        var unknown = BatchRun.ProgressText.Describe(new Screening.Batch.ScreeningSummary(300, 0, 0), null, TimeSpan.FromSeconds(3), includeEstimate: true, words);
        Assert.Equal("300 份材料（总数未知），失败 0，跳过 0，每秒 100 份", unknown);
        Assert.Equal("3 分钟", BatchRun.ProgressText.Duration(TimeSpan.FromMinutes(2.5), words));
        Assert.Equal("2.0 小时", BatchRun.ProgressText.Duration(TimeSpan.FromHours(2), words));
    }

    [Fact]
    public void WrongRubricHint_InChinese_NamesTheCountsAndTheRubric()
    {
        var tally = new BatchRun.BatchTally { Words = BatchRun.BatchWords.Chinese };
        var run = CliRunner.Run("screen", "--rubric", "rubrics/yeda.rubric", "--dossiers", "samples/gib", "--lang", "zh");
        Assert.Contains("rubric：提示：21 份材料中有 21 份因输入不符而失败：“rubrics/yeda.rubric”", run.Error, StringComparison.Ordinal);
        Assert.Contains("已筛选 0，失败 21，跳过 0", run.Error, StringComparison.Ordinal);
        Assert.Equal("已筛选 0，失败 0，跳过 0", tally.SummaryLine);
    }
}
