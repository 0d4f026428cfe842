using System.Text.Json;
using PuppeteerSharp;

namespace RubricEngine.Browser.Tests;

/// <summary>
/// What a person would see, asked of the page itself: text that runs out of its box, characters drawn as the
/// missing-glyph box, and the fonts Chromium actually used (DevTools protocol, CSS.getPlatformFontsForNode).
/// </summary>
internal static class PageChecks
{
    /// <summary>
    /// Every place text leaves its box: the page scrolling sideways, a box whose content is wider than the box
    /// (scrollWidth against clientWidth), and any line of text whose bounding box reaches outside the box of the
    /// block that holds it. One description per problem; empty when nothing overflows.
    /// </summary>
    public const string OverflowScript = """
        () => {
          const problems = [];
          const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : '')
            + ' "' + (e.textContent || '').trim().slice(0, 60) + '"';
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth + 1) { problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`); }
          for (const e of document.body.querySelectorAll('*')) {
            const style = getComputedStyle(e);
            if (style.display === 'none' || style.display === 'inline' || e.getClientRects().length === 0) { continue; }
            if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) { problems.push(`content wider than its box (${e.scrollWidth} > ${e.clientWidth}): ${describe(e)}`); }
          }
          const range = document.createRange();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent.trim()) { continue; }
            let box = node.parentElement;
            while (box && getComputedStyle(box).display === 'inline') { box = box.parentElement; }
            if (!box || box.getClientRects().length === 0) { continue; }
            const outer = box.getBoundingClientRect();
            range.selectNodeContents(node);
            for (const line of range.getClientRects()) {
              if (line.width === 0) { continue; }
              if (line.left < outer.left - 1 || line.right > outer.right + 1 || line.top < outer.top - 1 || line.bottom > outer.bottom + 1) {
                problems.push(`text outside its box (${Math.round(line.left)}..${Math.round(line.right)} in ${Math.round(outer.left)}..${Math.round(outer.right)}): ${describe(box)}`);
                break;
              }
            }
          }
          return problems;
        }
        """;

    /// <summary>
    /// Each distinct CJK character of the page drawn on a canvas in the page's font, compared pixel for pixel with
    /// a code point no font has (U+10FFFD, private use): equal pixels mean the character came out as the
    /// missing-glyph box. Returns the characters checked, the ones drawn as that box, and whether two different
    /// missing code points draw alike (the comparison means something only if they do).
    /// </summary>
    public const string MissingGlyphScript = """
        (extra) => {
          const text = document.body.innerText + document.title + (extra || '');
          const chars = [...new Set(text.match(/[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/gu) || [])];
          const canvas = document.createElement('canvas');
          canvas.width = 64; canvas.height = 64;
          const context = canvas.getContext('2d', { willReadFrequently: true });
          const style = getComputedStyle(document.body);
          context.font = `40px ${style.fontFamily}`;
          const draw = c => { context.clearRect(0, 0, 64, 64); context.fillText(c, 4, 48); return Array.from(context.getImageData(0, 0, 64, 64).data).join(','); };
          const missing = draw('\u{10FFFD}');
          const missingAlike = draw('\u{10FFFC}') === missing;
          const blank = (() => { context.clearRect(0, 0, 64, 64); return Array.from(context.getImageData(0, 0, 64, 64).data).join(','); })();
          const boxes = chars.filter(c => { const drawn = draw(c); return drawn === missing || drawn === blank; });
          return { checked: chars.length, boxes: boxes, missingAlike: missingAlike, font: style.fontFamily };
        }
        """;

    public static async Task<string[]> OverflowsAsync(IPage page) => await page.EvaluateFunctionAsync<string[]>(OverflowScript);

    public sealed record GlyphReport(int Checked, string[] Boxes, bool MissingAlike, string Font);

    public static async Task<GlyphReport> MissingGlyphsAsync(IPage page, string extra = "") =>
        await page.EvaluateFunctionAsync<GlyphReport>(MissingGlyphScript, extra);

    /// <summary>
    /// For every element whose own text holds CJK characters: how many of them it has, and how many glyphs
    /// Chromium drew for its text with each platform font (CSS.getPlatformFontsForNode).
    /// </summary>
    public static async Task<List<(string Text, int Cjk, Dictionary<string, int> Fonts)>> CjkFontsAsync(IPage page)
    {
        var session = await page.CreateCDPSessionAsync();
        await session.SendAsync("DOM.enable");
        await session.SendAsync("CSS.enable");
        var document = await session.SendAsync<JsonElement>("DOM.getDocument", new { depth = 0 });
        var rootId = document.GetProperty("root").GetProperty("nodeId").GetInt32();

        // Mark the elements whose own text nodes hold CJK, so the protocol can find them by selector. Folded
        // sections are opened first, as a reader would: text in a closed <details> is not drawn, so has no font.
        await page.EvaluateFunctionAsync("""
            () => {
              document.querySelectorAll('details').forEach(d => { d.open = true; });
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (/\p{Script=Han}/u.test(node.textContent) && node.parentElement.getClientRects().length > 0) { node.parentElement.setAttribute('data-cjk-check', ''); }
              }
            }
            """);
        var found = await session.SendAsync<JsonElement>("DOM.querySelectorAll", new { nodeId = rootId, selector = "[data-cjk-check]" });
        var result = new List<(string, int, Dictionary<string, int>)>();
        foreach (var node in found.GetProperty("nodeIds").EnumerateArray())
        {
            var nodeId = node.GetInt32();
            var fonts = await session.SendAsync<JsonElement>("CSS.getPlatformFontsForNode", new { nodeId });
            var text = await session.SendAsync<JsonElement>("DOM.resolveNode", new { nodeId });
            var objectId = text.GetProperty("object").GetProperty("objectId").GetString();
            var own = await session.SendAsync<JsonElement>("Runtime.callFunctionOn", new
            {
                objectId,
                functionDeclaration = "function () { return [...this.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join(''); }",
                returnByValue = true,
            });
            var ownText = own.GetProperty("result").GetProperty("value").GetString() ?? string.Empty;
            result.Add((ownText, System.Text.RegularExpressions.Regex.Count(ownText, @"\p{IsCJKUnifiedIdeographs}"),
                fonts.GetProperty("fonts").EnumerateArray()
                    .GroupBy(f => f.GetProperty("familyName").GetString()!)
                    .ToDictionary(g => g.Key, g => g.Sum(f => f.GetProperty("glyphCount").GetInt32()))));
        }

        await session.DetachAsync();
        return result;
    }
}
