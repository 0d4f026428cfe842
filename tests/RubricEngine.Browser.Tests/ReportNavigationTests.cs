using System.Globalization;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace RubricEngine.Browser.Tests;

/// <summary>
/// The report used as a person uses it, by clicking: each row of the ranked table opens its explanation and the
/// page's link comes back to that row; previous and next step through the ranking; column headers sort the
/// table and the outcome list filters it, and both survive a visit to an explanation.
/// </summary>
[Collection("browser")]
[Trait("Category", "Browser")]
public class ReportNavigationTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory(Timeout = 600_000)]
    [MemberData(nameof(BrowserFixture.ReportCases), MemberType = typeof(BrowserFixture))]
    public async Task EveryRowLink_OpensItsExplanation_AndTheBackLinkReturnsToThatRow(string report, string language)
    {
        var page = await browser.NewPageAsync();
        var index = BrowserFixture.Url(Path.Combine(browser.ReportFolder(report, language), "index.html"));
        await page.GoToAsync(index);
        var rows = await page.EvaluateExpressionAsync<string[][]>("[...document.querySelectorAll('#ranking tbody tr')].map(r => [r.id, r.cells[1].textContent])");
        Assert.True(rows.Length > 10, $"only {rows.Length} rows");

        foreach (var (row, dossier) in rows.Select(r => (r[0], r[1])))
        {
            await ClickAndWaitAsync(page, $"#{row} a");
            var rank = int.Parse(row[1..], CultureInfo.InvariantCulture);
            Assert.EndsWith($"/dossiers/{(rank - 1) / 1000}/{rank}.html", page.Url, StringComparison.Ordinal);
            Assert.Contains(dossier, await page.EvaluateExpressionAsync<string>("document.querySelector('article.explanation h1').textContent"), StringComparison.Ordinal);

            await ClickAndWaitAsync(page, "nav.pager a.back");
            Assert.Equal($"{index}#{row}", page.Url);
            Assert.True(await page.EvaluateExpressionAsync<bool>(
                $"(() => {{ const r = document.getElementById('{row}'); const box = r.getBoundingClientRect(); return r.matches(':target') && box.top >= 0 && box.bottom <= innerHeight; }})()"),
                $"row {row} is the target and in view after coming back");
        }

        output.WriteLine($"{rows.Length} rows opened and returned to");
        await browser.ScreenshotAsync(page, $"{report}.{language}.back-to-last-row");
        await page.CloseAsync();
    }

    [Theory(Timeout = 300_000)]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task PreviousAndNext_StepThroughTheRanking(string language)
    {
        var page = await browser.NewPageAsync();
        var folder = browser.ReportFolder("eu-taxonomy", language);
        var count = Directory.GetFiles(Path.Combine(folder, "dossiers"), "*.html", SearchOption.AllDirectories).Length;
        await page.GoToAsync(BrowserFixture.Url(Path.Combine(folder, "dossiers", "0", "1.html")));
        Assert.Null(await page.QuerySelectorAsync("a[rel=prev]"));

        for (var rank = 2; rank <= count; rank++)
        {
            await ClickAndWaitAsync(page, "nav.pager a[rel=next]");
            Assert.EndsWith($"/dossiers/0/{rank}.html", page.Url, StringComparison.Ordinal);
        }

        Assert.Null(await page.QuerySelectorAsync("a[rel=next]"));
        await ClickAndWaitAsync(page, "nav.pager a[rel=prev]");
        Assert.EndsWith($"/dossiers/0/{count - 1}.html", page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Theory(Timeout = 300_000)]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task Headers_SortTheTable_ByScoreDossierOutcomeAndRank(string language)
    {
        var page = await browser.NewPageAsync();
        await page.GoToAsync(BrowserFixture.Url(Path.Combine(browser.ReportFolder("gib", language), "index.html")));
        var ranked = await Rows(page);

        await page.ClickAsync("th[data-key=score] button");
        var byScore = await Rows(page);
        Assert.Equal("descending", await SortOf(page, "score"));
        var known = byScore.TakeWhile(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
        Assert.Equal(known.OrderDescending(), known);
        Assert.All(byScore.Skip(known.Count), r => Assert.Null(r.Score)); // unknown scores last
        Assert.True(byScore.Any(r => r.Score is null), "the GIB samples have dossiers without a score");
        await browser.ScreenshotAsync(page, $"gib.{language}.sorted-by-score");

        await page.ClickAsync("th[data-key=score] button");
        var ascending = (await Rows(page)).Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
        Assert.Equal("ascending", await SortOf(page, "score"));
        Assert.Equal(known.Order(), ascending);

        await page.ClickAsync("th[data-key=dossier] button");
        var byId = (await Rows(page)).Select(r => r.Dossier).ToList();
        Assert.Equal(byId.Order(StringComparer.Ordinal), byId);

        await page.ClickAsync("th[data-key=outcome] button");
        var byOutcome = await Rows(page);
        Assert.Equal(byOutcome.Select(r => r.Order).Order(), byOutcome.Select(r => r.Order));

        await page.ClickAsync("th[data-key=rank] button");
        await page.ClickAsync("th[data-key=rank] button");
        Assert.Equal("descending", await SortOf(page, "rank"));
        Assert.Equal(ranked.Select(r => r.Rank).Reverse(), (await Rows(page)).Select(r => r.Rank));
        await page.CloseAsync();
    }

    [Theory(Timeout = 300_000)]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task OutcomeFilter_ShowsOnlyThatOutcome_AndKeepsItAcrossAVisitToAnExplanation(string language)
    {
        var page = await browser.NewPageAsync();
        await page.GoToAsync(BrowserFixture.Url(Path.Combine(browser.ReportFolder("gib", language), "index.html")));
        var all = await Rows(page);
        var outcome = all.GroupBy(r => r.Outcome).OrderByDescending(g => g.Count()).First().Key;
        var expected = all.Where(r => r.Outcome == outcome).Select(r => r.Rank).ToList();
        Assert.True(expected.Count < all.Count, "the filter must hide something for the test to mean anything");

        await page.SelectAsync("#outcome-filter", outcome);
        await page.ClickAsync("th[data-key=score] button");

        Assert.Equal(expected.Count.ToString(CultureInfo.InvariantCulture), await page.EvaluateExpressionAsync<string>("document.getElementById('shown-count').textContent"));
        Assert.Equal(expected, (await VisibleRows(page)).Select(r => r.Rank).Order());
        await browser.ScreenshotAsync(page, $"gib.{language}.filtered-{outcome}");
        var shownOrder = (await VisibleRows(page)).Select(r => r.Rank).ToList();

        var first = shownOrder[0];
        await ClickAndWaitAsync(page, $"#r{first} a");
        await ClickAndWaitAsync(page, "nav.pager a.back");

        Assert.Equal(outcome, await page.EvaluateExpressionAsync<string>("document.getElementById('outcome-filter').value"));
        Assert.Equal("descending", await SortOf(page, "score"));
        Assert.Equal(shownOrder, (await VisibleRows(page)).Select(r => r.Rank));

        await page.SelectAsync("#outcome-filter", string.Empty);
        Assert.Equal(all.Count, (await VisibleRows(page)).Count);
        await page.CloseAsync();
    }

    private sealed record Row(int Rank, string Dossier, string Outcome, int Order, decimal? Score, bool Visible);

    private static async Task<List<Row>> Rows(IPage page)
    {
        var cells = await page.EvaluateExpressionAsync<string[][]>(
            "[...document.querySelectorAll('#ranking tbody tr')].map(r => [r.dataset.rank, r.cells[1].textContent, r.dataset.outcome, r.dataset.order, r.dataset.score, String(r.getClientRects().length > 0)])");
        return [.. cells.Select(c => new Row(
            int.Parse(c[0], CultureInfo.InvariantCulture), c[1], c[2], int.Parse(c[3], CultureInfo.InvariantCulture),
            c[4].Length == 0 ? null : decimal.Parse(c[4], CultureInfo.InvariantCulture), c[5] == "true"))];
    }

    private static async Task<List<Row>> VisibleRows(IPage page) => [.. (await Rows(page)).Where(r => r.Visible)];

    private static Task<string> SortOf(IPage page, string key) =>
        page.EvaluateExpressionAsync<string>($"document.querySelector('th[data-key={key}]').getAttribute('aria-sort')");

    private static async Task ClickAndWaitAsync(IPage page, string selector)
    {
        var navigation = page.WaitForNavigationAsync();
        await page.ClickAsync(selector);
        await navigation;
    }
}
