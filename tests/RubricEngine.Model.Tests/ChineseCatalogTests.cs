using System.Text.RegularExpressions;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Tests;

/// <summary>Every catalogue entry has Chinese words with the English format's placeholders and no untranslated English.</summary>
public partial class ChineseCatalogTests
{
    // Latin words a Chinese message may hold outside quotes: formats, encodings, the size unit and the
    // verification kinds (names of the language, listed in parentheses).
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "YAML", "CSV", "UTF", "MB", "e", "e28", "self_declared", "second_party", "third_party", "accredited",
    };

    [Fact]
    public void EveryCatalogueEntry_HasAChineseEntry_AndNoOther()
    {
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Code), ChineseCatalog.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryChineseFormat_HasTheEnglishPlaceholders()
    {
        var wrong = DiagnosticCatalog.All
            .Where(d => !Placeholders(d.Format).SequenceEqual(Placeholders(ChineseCatalog.Find(d.Code)?.Format ?? string.Empty)))
            .Select(d => d.Code)
            .ToList();
        Assert.True(wrong.Count == 0, "placeholders differ: " + string.Join(", ", wrong));
    }

    [Fact]
    public void EveryChineseTitleAndFormat_HasNoUntranslatedEnglish()
    {
        var findings = ChineseCatalog.All
            .SelectMany(e => new[] { e.Value.Title, e.Value.Format }.SelectMany(EnglishWords).Select(w => $"{e.Key}: '{w}'"))
            .ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void ChineseMessage_FormatsTheArgumentsWithTheChineseFormat_AndTheEnglishMessageStays()
    {
        var diagnostic = Diagnostic.Create(DiagnosticCatalog.UnknownName, SourceSpan.At("r.rubric", 3, 7), "emisions", DiagnosticPhrases.DidYouMean("emissions"));
        Assert.Equal("r.rubric(3,7): error RUB0203: Unknown name 'emisions'; did you mean 'emissions'?", diagnostic.ToString());
        Assert.Equal("r.rubric(3,7): 错误 RUB0203: 未知的名称“emisions”；是否想写“emissions”？", diagnostic.ToString("zh"));
        Assert.Equal(diagnostic.Message, diagnostic.MessageIn("en"));
    }

    [Fact]
    public void ChineseWarning_SaysWarning_AndAnEmptyHintIsEmptyInBothLanguages()
    {
        var diagnostic = Diagnostic.Create(DiagnosticCatalog.UnusedInput, SourceSpan.At("r.rubric", 2, 1), "age");
        Assert.Equal("r.rubric(2,1): 警告 RUB0215: 输入“age”从未使用", diagnostic.ToString("zh"));
        var hintless = Diagnostic.Create(DiagnosticCatalog.UnknownOutcome, SourceSpan.At("r.rubric", 9, 4), "maybe", DiagnosticPhrases.DidYouMean(null));
        Assert.Equal("Unknown outcome 'maybe'", hintless.Message);
        Assert.Equal("未知的结论“maybe”", hintless.MessageIn("zh"));
    }

    [Fact]
    public void OrList_JoinsInEachLanguage()
    {
        var phrase = DiagnosticPhrases.OrList([DiagnosticPhrases.Translated("a name", "名称"), "'of'", DiagnosticPhrases.Translated("a number", "数字")]);
        Assert.Equal("a name, 'of' or a number", phrase.ToString());
        Assert.Equal("名称、'of'或数字", phrase.In("zh"));
    }

    // Quoted text (keywords, source) is data; what is left must be Chinese or an allowed token.
    private static IEnumerable<string> EnglishWords(string text) =>
        Word().Matches(Quoted().Replace(text, " ")).Select(m => m.Value).Where(w => !Allowed.Contains(w));

    private static IEnumerable<int> Placeholders(string format) =>
        Placeholder().Matches(format).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order();

    [GeneratedRegex(@"\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"“[^”]*”", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
