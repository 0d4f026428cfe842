using System.Text.RegularExpressions;
using RubricEngine.Model.Units;

namespace RubricEngine.Cli.Tests.Chinese;

/// <summary>
/// The zh scan over bad inputs: every error golden of the language (DSL and YAML) through <c>check --lang zh</c>
/// and every invalid sample dossier through <c>screen --lang zh</c>. Each diagnostic line must say 错误 or 警告, and
/// its message may hold Latin letters only in quoted source text (“…”, '…'), keyword lists in full-width
/// parentheses, words of the input file itself (names, the rubric's own text), unit symbols and a short list.
/// No code is exempt: any diagnostic line with other English words fails the test.
/// </summary>
[Collection("cli")]
public partial class ChineseDiagnosticScanTests
{
    private static readonly string[] Fixed = ["YAML", "CSV", "UTF", "MB"];

    [Fact]
    public void EveryErrorGoldenAndInvalidSample_InChinese_HasChineseDiagnostics()
    {
        var root = CliRunner.RepositoryRoot;
        var rubrics = Directory.GetDirectories(Path.Combine(root, "tests/RubricEngine.Language.Tests/Golden"), "*error*")
            .Select(d => Path.Combine(d, "input.rubric"))
            .Concat(Directory.GetFiles(Path.Combine(root, "tests/RubricEngine.Language.Tests/Yaml/Errors"), "*.yaml"))
            .Where(File.Exists)
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        var runs = new List<(string Output, IReadOnlyList<string> Inputs)>
        {
            (CliRunner.Run(["check", .. rubrics, "--lang", "zh"]).Error, rubrics),
        };
        foreach (var samples in Directory.GetDirectories(Path.Combine(root, "samples/invalid")).Order(StringComparer.Ordinal))
        {
            var rubric = $"rubrics/{Path.GetFileName(samples)}.rubric";
            var dossiers = Directory.GetFiles(samples).Select(f => Path.GetRelativePath(root, f)).ToList();
            runs.Add((CliRunner.Run("screen", "--rubric", rubric, "--dossiers", Path.GetRelativePath(root, samples), "--lang", "zh").Error, [rubric, .. dossiers]));
        }

        var lines = 0;
        var findings = new List<string>();
        foreach (var (output, inputs) in runs)
        {
            var allowed = new HashSet<string>(Fixed, StringComparer.Ordinal);
            allowed.UnionWith(UnitCatalog.Symbols.SelectMany(EnglishScanner.Words));
            allowed.UnionWith(inputs.SelectMany(f => EnglishScanner.Words(File.ReadAllText(Path.Combine(root, f)))));
            foreach (var line in output.ReplaceLineEndings("\n").Split('\n'))
            {
                if (EnglishSeverity().IsMatch(line))
                {
                    findings.Add(line);
                }

                if (ChineseDiagnostic().Match(line) is not { Success: true } match)
                {
                    continue;
                }

                lines++;
                var message = Quoted().Replace(match.Groups["message"].Value, " ");
                if (EnglishScanner.Words(message).Any(w => !allowed.Contains(w)))
                {
                    findings.Add(line);
                }
            }
        }

        Assert.True(lines > 200, $"only {lines} diagnostic lines were scanned");
        Assert.True(findings.Count == 0, "untranslated English:\n" + string.Join("\n", findings));
    }

    [GeneratedRegex(@"^.*\(\d+,\d+\): (错误|警告) (?<code>RUB\d{4}): (?<message>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDiagnostic();

    [GeneratedRegex(@"\): (error|warning) RUB\d{4}: ", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishSeverity();

    [GeneratedRegex(@"“[^”]*”|'[^']*'|（[^）]*）", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
