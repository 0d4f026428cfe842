using System.Text.RegularExpressions;

namespace RubricEngine.Explain.Tests.Fixtures;

/// <summary>A rendered batch report folder (path to text) and the relative links of its pages, resolved.</summary>
internal sealed partial class ReportFolder(IReadOnlyDictionary<string, string> files)
{
    public IReadOnlyDictionary<string, string> Files { get; } = files;

    public string Index => Files["index.html"];

    public IEnumerable<string> Pages => Files.Keys.Where(p => p.StartsWith("dossiers/", StringComparison.Ordinal));

    /// <summary>Every href of a file, resolved against the file's own folder: <c>dossiers/0/1.html</c>, <c>index.html#r1</c>.</summary>
    public IReadOnlyList<string> Links(string path, string? linkClass = null) =>
        [.. Href().Matches(Files[path])
            .Where(m => linkClass is null || m.Groups["attrs"].Value.Contains($"class=\"{linkClass}\"", StringComparison.Ordinal) || m.Groups["rel"].Value == linkClass)
            .Select(m => Resolve(path, System.Net.WebUtility.HtmlDecode(m.Groups["href"].Value)))];

    /// <summary>Golden-compares every page but the copied stylesheet and script, under <paramref name="folder"/>.</summary>
    public void AssertMatchesGolden(string folder)
    {
        foreach (var (path, text) in Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            Golden.AssertMatches(Path.Combine(folder, path), text);
        }
    }

    private static string Resolve(string from, string href)
    {
        var parts = from.Split('/').SkipLast(1).ToList();
        foreach (var part in href.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    [GeneratedRegex("<a (?<attrs>(?:class=\"[^\"]*\" )?(?:rel=\"(?<rel>[^\"]*)\" )?)href=\"(?<href>[^\"]*)\"")]
    private static partial Regex Href();
}
