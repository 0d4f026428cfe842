using System.Text.RegularExpressions;
using RubricEngine.Model.Units;

namespace RubricEngine.Cli.Tests.Chinese;

/// <summary>
/// The zh scan over bad dossiers (RUB0400-RUB0413): the files under <c>Chinese/BadDossiers/&lt;rubric&gt;</c>, each
/// made to hit one kind of error (wrong type, dimension or shape, a bare number, unknown keys, bad evidence items,
/// malformed YAML, JSON, CSV and Excel), through <c>screen --lang zh</c> against the shipped rubric of that name.
/// Unlike <see cref="ChineseDiagnosticScanTests"/>, the input's words are not allowed wholesale (that hid type
/// names such as "decimal", which the rubric itself writes): outside “…” a message may hold only unit symbols and
/// the format names, and Chinese punctuation between its words.
/// </summary>
[Collection("cli")]
public partial class ChineseDossierDiagnosticScanTests
{
    private static readonly string[] Formats = ["YAML", "JSON", "CSV", "Excel", "xlsx"];

    // Each case the files are written to reach, by code: the scan must see them, in both languages.
    private static readonly string[] Codes = ["RUB0400", "RUB0402", "RUB0403", "RUB0404", "RUB0405", "RUB0409", "RUB0411"];

    [Fact]
    public void BadDossiers_InChinese_HaveChineseDiagnostics()
    {
        var root = CliRunner.RepositoryRoot;
        var allowed = new HashSet<string>(Formats, StringComparer.Ordinal);
        allowed.UnionWith(UnitCatalog.Symbols.SelectMany(EnglishScanner.Words));
        var findings = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var lines = 0;
        foreach (var folder in Directory.GetDirectories(Path.Combine(root, "tests/RubricEngine.Cli.Tests/Chinese/BadDossiers")).Order(StringComparer.Ordinal))
        {
            var rubric = $"rubrics/{Path.GetFileName(folder)}.rubric";
            var dossiers = Path.GetRelativePath(root, folder);
            var english = Diagnostics(CliRunner.Run("screen", "--rubric", rubric, "--dossiers", dossiers, "--lang", "en").Error, EnglishDiagnostic());
            var chinese = Diagnostics(CliRunner.Run("screen", "--rubric", rubric, "--dossiers", dossiers, "--lang", "zh").Error, ChineseDiagnostic());
            Assert.Equal(english.Select(d => d.Code), chinese.Select(d => d.Code));
            foreach (var (code, message, line) in chinese)
            {
                lines++;
                codes.Add(code);
                var outside = Quoted().Replace(message, " ");
                if (EnglishScanner.Words(outside).Any(w => !allowed.Contains(w)) || AsciiPunctuation().IsMatch(outside))
                {
                    findings.Add(line);
                }
            }
        }

        Assert.True(lines > 25, $"only {lines} diagnostic lines were scanned");
        Assert.Equal(Codes, codes.Intersect(Codes).Order(StringComparer.Ordinal));
        Assert.True(findings.Count == 0, "English or ASCII punctuation outside quotes:\n" + string.Join("\n", findings));
    }

    private static List<(string Code, string Message, string Line)> Diagnostics(string output, Regex diagnostic) =>
        [.. output.ReplaceLineEndings("\n").Split('\n')
            .Select(line => (Line: line, Match: diagnostic.Match(line)))
            .Where(l => l.Match.Success)
            .Select(l => (l.Match.Groups["code"].Value, l.Match.Groups["message"].Value, l.Line))];

    [GeneratedRegex(@"^.*\(\d+,\d+\): (错误|警告) (?<code>RUB\d{4}): (?<message>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDiagnostic();

    [GeneratedRegex(@"^.*\(\d+,\d+\): (error|warning) (?<code>RUB\d{4}): (?<message>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDiagnostic();

    // Quoted text is data (names, values, a library's own words); nothing else is.
    [GeneratedRegex(@"“[^”]*”", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    // Between Chinese words the punctuation is full-width (；：，（）); '.', '/' and '^' belong to names and units.
    [GeneratedRegex(@"[;:,()'""]", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiPunctuation();
}
