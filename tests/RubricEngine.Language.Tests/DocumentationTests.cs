using System.Text.RegularExpressions;

namespace RubricEngine.Language.Tests;

/// <summary>The examples in docs/language.md are real: the first one loads, the error report is exact.</summary>
public partial class DocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(Paths.Root, "docs", "language.md"));

    [GeneratedRegex("```\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    private static List<string> Blocks(string text) => [.. CodeBlock().Matches(text).Select(m => m.Groups[1].Value)];

    [Fact]
    public void LanguageDoc_FirstExample_LoadsWithoutDiagnostics()
    {
        var result = RubricLoader.LoadText("demo.rubric", Blocks(Page)[0]);
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void LanguageDoc_ErrorReport_MatchesTheLoader()
    {
        var section = Page[Page.IndexOf("## Worked example: reading an error report", StringComparison.Ordinal)..];
        var blocks = Blocks(section);
        var actual = string.Concat(RubricLoader.LoadText("eu.rubric", blocks[0]).Diagnostics.Select(d => d + "\n"));
        Assert.Equal(blocks[1], actual);
    }
}
