using Xunit.Abstractions;

namespace RubricEngine.Browser.Tests;

/// <summary>
/// The reports as a person sees them in Chromium: no text outside its box on the index or on any explanation
/// page, at a desktop and a phone width, in English and Chinese; every page photographed.
/// </summary>
[Collection("browser")]
[Trait("Category", "Browser")]
public class ReportLayoutTests(BrowserFixture browser, ITestOutputHelper output)
{
    public static TheoryData<string, string, int> IndexCases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (report, _, _) in BrowserFixture.Reports)
        {
            foreach (var language in BrowserFixture.Languages)
            {
                data.Add(report, language, 1280);
                data.Add(report, language, 400);
            }
        }

        return data;
    }

    [Theory(Timeout = 180_000)]
    [MemberData(nameof(IndexCases))]
    public async Task Index_AtThisWidth_HasNoTextOutsideItsBox(string report, string language, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GoToAsync(BrowserFixture.Url(Path.Combine(browser.ReportFolder(report, language), "index.html")));

        var problems = await PageChecks.OverflowsAsync(page);

        output.WriteLine("screenshot: " + await browser.ScreenshotAsync(page, $"{report}.{language}.index.{width}px"));
        Assert.Empty(problems);
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#ranking tbody tr').length") > 10, "the ranked table has its rows");
        await page.CloseAsync();
    }

    [Theory(Timeout = 600_000)]
    [MemberData(nameof(BrowserFixture.ReportCases), MemberType = typeof(BrowserFixture))]
    public async Task EveryExplanationPage_HasNoTextOutsideItsBox(string report, string language)
    {
        var folder = browser.ReportFolder(report, language);
        var pages = Directory.GetFiles(Path.Combine(folder, "dossiers"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        foreach (var file in pages)
        {
            await page.GoToAsync(BrowserFixture.Url(file));
            problems.AddRange((await PageChecks.OverflowsAsync(page)).Select(p => $"{Path.GetRelativePath(folder, file)}: {p}"));
            await browser.ScreenshotAsync(page, $"{report}.{language}.{Path.GetFileNameWithoutExtension(file)}");
        }

        output.WriteLine($"{pages.Count} pages checked; screenshots in {browser.Screenshots}");
        Assert.True(pages.Count > 10, $"only {pages.Count} explanation pages");
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [Theory(Timeout = 180_000)]
    [InlineData("en", 1280)]
    [InlineData("zh", 1280)]
    [InlineData("en", 400)]
    [InlineData("zh", 400)]
    public async Task StandaloneExplanation_AtThisWidth_HasNoTextOutsideItsBox(string language, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GoToAsync(BrowserFixture.Url(browser.ExplanationPage(language)));

        var problems = await PageChecks.OverflowsAsync(page);

        output.WriteLine("screenshot: " + await browser.ScreenshotAsync(page, $"explain-E07.{language}.{width}px"));
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [Fact(Timeout = 120_000)]
    public async Task OverflowCheck_DeliberatelyOverflowingText_IsFound()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<html><body><div style=\"width: 100px; border: 1px solid\">averyveryveryverylongunbreakablewordthatcannotfit</div><p>fits</p></body></html>");

        var problems = await PageChecks.OverflowsAsync(page);

        Assert.Contains(problems, p => p.Contains("averyvery", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("\"fits\"", StringComparison.Ordinal));
        await page.CloseAsync();
    }
}
