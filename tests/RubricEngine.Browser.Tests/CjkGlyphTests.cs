using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace RubricEngine.Browser.Tests;

/// <summary>
/// Chinese pages draw their characters with a CJK font, not as missing-glyph boxes: the fonts Chromium reports
/// having used for each element's text, and each character drawn against a code point no font has.
/// </summary>
[Collection("browser")]
[Trait("Category", "Browser")]
public partial class CjkGlyphTests(BrowserFixture browser, ITestOutputHelper output)
{
    public static TheoryData<string> ChinesePages() =>
    [
        Path.Combine("eu-taxonomy.zh", "index.html"),
        Path.Combine("eu-taxonomy.zh", "dossiers", "0", "1.html"),
        Path.Combine("gib.zh", "index.html"),
        Path.Combine("gib.zh", "dossiers", "0", "1.html"),
        "explain-E07.zh.html",
    ];

    [Theory(Timeout = 180_000)]
    [MemberData(nameof(ChinesePages))]
    public async Task ChinesePage_EveryCjkTextIsDrawnWithACjkFont(string relative)
    {
        var page = await browser.NewPageAsync();
        await page.GoToAsync(BrowserFixture.Url(Path.Combine(browser.Artifacts, "reports", relative)));

        var elements = await PageChecks.CjkFontsAsync(page);

        Assert.True(elements.Count >= 5, $"only {elements.Count} elements with Chinese text");
        var short_ = elements.Where(e => e.Fonts.Where(f => CjkFont().IsMatch(f.Key)).Sum(f => f.Value) < e.Cjk).ToList();
        output.WriteLine($"{elements.Count} elements; fonts used: {string.Join(", ", elements.SelectMany(e => e.Fonts.Keys).Distinct())}");
        Assert.True(short_.Count == 0, "drawn without a CJK font: " + string.Join("; ", short_.Select(e => $"\"{e.Text}\" ({string.Join(", ", e.Fonts.Select(f => $"{f.Key}: {f.Value}"))})")));
        await page.CloseAsync();
    }

    [Theory(Timeout = 180_000)]
    [MemberData(nameof(ChinesePages))]
    public async Task ChinesePage_NoCharacterIsDrawnAsTheMissingGlyphBox(string relative)
    {
        var page = await browser.NewPageAsync();
        await page.GoToAsync(BrowserFixture.Url(Path.Combine(browser.Artifacts, "reports", relative)));

        var glyphs = await PageChecks.MissingGlyphsAsync(page);

        output.WriteLine($"{glyphs.Checked} distinct characters checked in {glyphs.Font}");
        Assert.True(glyphs.MissingAlike, "two missing code points draw differently, so the comparison would prove nothing");
        Assert.True(glyphs.Checked >= 20, $"only {glyphs.Checked} distinct CJK characters");
        Assert.Empty(glyphs.Boxes);
        await page.CloseAsync();
    }

    [Fact(Timeout = 120_000)]
    public async Task MissingGlyphCheck_ACodePointNoFontHas_IsFound()
    {
        var page = await browser.NewPageAsync();
        await page.GoToAsync(BrowserFixture.Url(Path.Combine(browser.Artifacts, "reports", "gib.zh", "index.html")));

        // U+FFFF-adjacent U+FFEF is in the checked range and is no character; no font draws it.
        var glyphs = await PageChecks.MissingGlyphsAsync(page, "\uFFEF");

        Assert.Contains("\uFFEF", glyphs.Boxes);
        await page.CloseAsync();
    }

    [GeneratedRegex("CJK|Source Han|Hei|Song|Ming|WenQuanYi", RegexOptions.IgnoreCase)]
    private static partial Regex CjkFont();
}
