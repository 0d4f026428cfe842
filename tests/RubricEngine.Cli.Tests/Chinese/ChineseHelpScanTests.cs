using System.CommandLine;
using System.Text.RegularExpressions;

namespace RubricEngine.Cli.Tests.Chinese;

/// <summary>
/// The zh scan over help: <c>--help --lang zh</c> of every command of the real tree (<see cref="CommandLine"/>'s
/// Build), root included. Each must exit 0 and print help with Latin letters only in option and argument names,
/// command names, the value words an option takes (md, html, en, zh, ...), file extensions and a short list of
/// names (formats, products); and the same help without <c>--lang zh</c> must be English.
/// </summary>
[Collection("cli")]
public partial class ChineseHelpScanTests
{
    // Names a description mentions as they are: formats, products and a JSON field.
    private static readonly HashSet<string> Fixed = new(
        ["RubricEngine", "DSL", "YAML", "JSON", "JUnit", "XML", "SQLite", "PostgreSQL", "NRules", "Scriban", "SARIF", "Host", "postgres", "sensitivity", "rubric"],
        StringComparer.Ordinal);

    [Fact]
    public void Help_WithLangZh_IsChinese_ForEveryCommand()
    {
        var root = CommandTree.Build();
        var commands = CommandTree.Walk(root).ToList();
        var allowed = new HashSet<string>(Fixed, StringComparer.Ordinal);
        allowed.UnionWith(commands.Select(c => c.Command.Name));
        allowed.UnionWith(commands.SelectMany(c => c.Command.Options).SelectMany(AcceptedValues));

        var findings = new List<string>();
        foreach (var (path, _) in commands)
        {
            var shown = string.Join(' ', ["rubric", .. path]);
            var (exit, output, error) = CliRunner.Run([.. path, "--help", "--lang", "zh"]);
            var english = CliRunner.Run([.. path, "--help"]).Out;
            if (exit != 0 || error.Length != 0 || !output.StartsWith("说明：", StringComparison.Ordinal))
            {
                findings.Add($"{shown} --help --lang zh: exit {exit}, not Chinese help: {output}{error}");
            }
            else if (Untranslated(output).Where(w => !allowed.Contains(w.Word)).ToList() is { Count: > 0 } words)
            {
                findings.Add($"{shown} --help --lang zh: English words {string.Join(", ", words.Select(w => $"{w.Word} in '{w.Line}'"))}");
            }
            else if (!english.StartsWith("Description:", StringComparison.Ordinal) || english.Any(c => c > '\x7F'))
            {
                findings.Add($"{shown} --help: not English: {english}");
            }
        }

        Assert.Equal(16, commands.Count);
        Assert.True(findings.Count == 0, "untranslated help:\n" + string.Join("\n", findings));
    }

    /// <summary>The English words of a help text outside option names, placeholders (&lt;files&gt;, &lt;en|zh&gt;) and file extensions.</summary>
    private static IEnumerable<(string Word, string Line)> Untranslated(string help)
    {
        foreach (var line in help.Split('\n'))
        {
            var text = Placeholder().Replace(line, " ");
            text = OptionName().Replace(text, " ");
            text = Extension().Replace(text, " ");
            foreach (var word in EnglishScanner.Words(text))
            {
                yield return (word, line.Trim());
            }
        }
    }

    // The values an option accepts (its completions: md, html, en, zh, ...), which help and descriptions name as they are.
    private static IEnumerable<string> AcceptedValues(Option option) =>
        option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label);

    [GeneratedRegex(@"<[^<>\s]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<![A-Za-z0-9])--?[A-Za-z?][A-Za-z-]*", RegexOptions.CultureInvariant)]
    private static partial Regex OptionName();

    [GeneratedRegex(@"\.[a-z]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Extension();
}
