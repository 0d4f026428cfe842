using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests.Reading;

/// <summary>
/// RUB0400, RUB0420 and RUB0423 in both languages where the Cli's zh scan over bad dossier files does not reach: YAML a dossier may not
/// hold (aliases, deep nesting), JSON after the end of the document, an Excel workbook given as text and the
/// CSV parser's own failure, text that is not UTF-8 and the reading limits. English reads as before; Chinese is Chinese, a library's text quoted.
/// </summary>
public class ChineseReadFailureTests
{
    [Fact]
    public void YamlAlias_IsRefusedInBothLanguages()
    {
        var error = YamlError("id: a\nx: &n 1\ny: *n\n");

        Assert.Equal("d.yaml(3,4): error RUB0400: Malformed YAML: aliases and anchors are not allowed in dossiers; the rest of the file is not read", error.ToString());
        Assert.Equal("d.yaml(3,4): 错误 RUB0400: YAML 材料格式错误：材料中不允许使用锚点和别名；文件的其余部分不再读取", error.ToString("zh"));
    }

    [Fact]
    public void YamlNestedTooDeeply_IsRefusedInBothLanguages()
    {
        var error = YamlError("id: a\nx: " + new string('[', 70) + new string(']', 70) + "\n");

        Assert.EndsWith("error RUB0400: Malformed YAML: the dossier is nested too deeply; the rest of the file is not read", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("错误 RUB0400: YAML 材料格式错误：材料嵌套过深；文件的其余部分不再读取", error.ToString("zh"), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonAfterTheDocument_QuotesTheReason()
    {
        var error = ReadError("{\"id\": \"a\"} {\"id\": \"b\"}", "d.json", DossierFormat.Json);

        Assert.Equal("Malformed JSON: '{' is invalid after a single JSON value. Expected end of data. LineNumber: 0 | BytePositionInLine: 12", error.Message);
        Assert.Equal("JSON 材料格式错误：文档结束后还有内容（解析器原文：“'{' is invalid after a single JSON value. Expected end of data. LineNumber: 0 | BytePositionInLine: 12”）", error.MessageIn("zh"));
    }

    [Fact]
    public void ExcelAsText_SaysSoInBothLanguages()
    {
        var error = ReadError("id\na\n", "d.xlsx", DossierFormat.Excel);

        Assert.Equal("Malformed Excel workbook: an .xlsx workbook is a binary file; read it from a file, not from text", error.Message);
        Assert.Equal("Excel 工作簿格式错误：.xlsx 工作簿是二进制文件；请从文件读取，而不是从文本读取", error.MessageIn("zh"));
    }

    [Fact]
    public void CsvParserFailure_QuotesTheParserAndEndsTheFile()
    {
        var error = Diagnostic.Create(DiagnosticCatalog.MalformedDossier, Model.Text.SourceSpan.At("d.csv", 2, 1),
            DiagnosticPhrases.CsvDossier, ReadFailurePhrases.Csv("The record is too long."));

        Assert.Equal("Malformed CSV: The record is too long; the rest of the file is not read", error.Message);
        Assert.Equal("CSV 材料格式错误：CSV 解析器报告错误（解析器原文：“The record is too long”）；文件的其余部分不再读取", error.MessageIn("zh"));
    }

    [Fact]
    public void LoneSurrogateInJson_QuotesTheReason()
    {
        var error = Assert.Single(new DossierReader(TestRubrics.Emissions()).ReadText("{\"id\":\"\\ud800\"}", "d.json", DossierFormat.Json)).Diagnostics
            .Single(d => d.Code == DiagnosticCatalog.InvalidTextEncoding.Code);

        Assert.StartsWith("The JSON string is not valid UTF-8 text (", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("JSON 字符串不是有效的 UTF-8 文本（解析器原文：“", error.MessageIn("zh"), StringComparison.Ordinal);
    }

    [Fact]
    public void ReplacementCharacterAndNesting_InBothLanguages()
    {
        var bag = new DiagnosticBag();
        RawTreeCheck.Check(new Model.Dossiers.RawScalar("caf\uFFFD", true, Model.Text.SourceSpan.At("d.yaml", 1, 1)), bag);
        RawTreeCheck.Check(new Model.Dossiers.RawScalar("x", true, Model.Text.SourceSpan.At("d.yaml", 2, 1)), bag, depth: DossierLimits.MaxDepth + 1);
        var (encoding, nesting) = (bag.ToImmutableSorted()[0], bag.ToImmutableSorted()[1]);

        Assert.Equal("The text value is not valid UTF-8 text (it holds U+FFFD, which replaces bytes that are not UTF-8)", encoding.Message);
        Assert.Equal("文本值不是有效的 UTF-8 文本（其中有 U+FFFD，即解码时替代非 UTF-8 字节的字符）", encoding.MessageIn("zh"));
        Assert.Equal("The nesting exceeds the limit of 64 levels", nesting.Message);
        Assert.Equal("嵌套超出上限 64 层", nesting.MessageIn("zh"));
    }

    [Fact]
    public void SizedLimit_NamesTheSizeInBothLanguages()
    {
        var error = Diagnostic.Create(DiagnosticCatalog.DossierLimitExceeded, Model.Text.SourceSpan.At("d.jsonl", 3, 1),
            LimitPhrases.Sized(LimitPhrases.Line, 70_000_000, "characters"), LimitPhrases.Count(DossierLimits.MaxDossierChars, "characters"), LimitPhrases.ForOneDossier);

        Assert.Equal("The line (70,000,000 characters) exceeds the limit of 67,108,864 characters for one dossier", error.Message);
        Assert.Equal("该行（70,000,000 个字符）超出上限 67,108,864 个字符（单份材料的上限）", error.MessageIn("zh"));
    }

    [Fact]
    public void UnreadableFile_SaysWhyInChinese_TheSystemsWordsQuoted()
    {
        if (!File.Exists("/proc/self/mem"))
        {
            return; // only where the kernel has the file that fails on read
        }

        var folder = Path.Combine(Path.GetTempPath(), "rubric-zh-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var link = Path.Combine(folder, "d.yaml");
            File.CreateSymbolicLink(link, "/proc/self/mem"); // opens, then fails on the first read
            var error = new DossierReader(TestRubrics.Emissions()) { YamlReader = YamlDossierReader.Read }.ReadFile(link)
                .SelectMany(r => r.Diagnostics).Single(d => d.Code == DiagnosticCatalog.FileUnreadable.Code);

            const string Lead = "cannot be read: ";
            var system = error.Message[(error.Message.IndexOf(Lead, StringComparison.Ordinal) + Lead.Length)..];
            Assert.Matches(@"无法读取：读取时出错（系统原文：“" + System.Text.RegularExpressions.Regex.Escape(system) + "”）$", error.MessageIn("zh"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Diagnostic YamlError(string yaml) =>
        Assert.Single(YamlDossierReader.Read(new StringReader(yaml), "d.yaml"), d => d.Error is not null).Error!;

    private static Diagnostic ReadError(string text, string path, DossierFormat format) =>
        Assert.Single(new DossierReader(TestRubrics.Emissions()).ReadText(text, path, format)).Diagnostics
            .Single(d => d.Code == DiagnosticCatalog.MalformedDossier.Code);
}
