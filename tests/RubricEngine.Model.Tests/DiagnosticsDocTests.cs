using System.Text;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Model.Tests;

/// <summary>
/// docs/diagnostics.md lists every catalogue entry. The page is generated from the catalogue: run the tests
/// with RUBRIC_UPDATE_DOCS=1 to rewrite it after adding a code.
/// </summary>
public class DiagnosticsDocTests
{
    [Fact]
    public void DiagnosticsPage_ListsEveryCatalogueEntry()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "diagnostics.md");
        var expected = Render();
        if (Environment.GetEnvironmentVariable("RUBRIC_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/diagnostics.md is missing; run the tests with RUBRIC_UPDATE_DOCS=1");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Diagnostics\n\n")
            .Append("Every message RubricEngine prints about an input has a stable code. A message reads\n")
            .Append("`path(line,col): error RUB0123: message` (or `warning`), pointing into the rubric, YAML or dossier text.\n\n")
            .Append("This page is generated from `DiagnosticCatalog` by `DiagnosticsDocTests`; do not edit it by hand.\n\n")
            .Append("| code | severity | title | message |\n|---|---|---|---|\n");
        foreach (var d in DiagnosticCatalog.All)
        {
            var severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            text.Append($"| {d.Code} | {severity} | {d.Title} | {Cell(d.Format)} |\n");
        }

        text.Append("\n## In Chinese\n\n")
            .Append("Every message is available in Chinese: the commands that take `--lang` (`check`, `lint`, `screen`, `explain`,\n")
            .Append("`records list|show|verify|export` and `replay`) print `path(line,col): 错误 RUB0123: 消息` (`警告` for a warning)\n")
            .Append("with `--lang zh`; the position and the code stay. Names, units, numbers and quoted source text stay as written.\n")
            .Append("What a person reads (the terminal, Markdown, HTML) follows `--lang`; data files (`--format json`, SARIF,\n")
            .Append("JUnit XML, the decision JSON and CSV) keep the English message beside the code, so tools read one language.\n")
            .Append("A `Diagnostic` keeps its arguments, and `Diagnostic.MessageIn(\"zh\")` or `ToString(\"zh\")` formats it from\n")
            .Append("`ChineseCatalog` (`src/RubricEngine.Model/Diagnostics/ChineseCatalog*.cs`, one entry per code, the same\n")
            .Append("placeholders); the words that callers put into placeholders are `DiagnosticPhrases`.\n\n")
            .Append("| code | 标题 | 消息 |\n|---|---|---|\n");
        foreach (var d in DiagnosticCatalog.All)
        {
            var zh = ChineseCatalog.Find(d.Code);
            text.Append($"| {d.Code} | {zh?.Title} | {Cell(zh?.Format ?? string.Empty)} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RubricEngine.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("RubricEngine.sln not found above the test directory.");
    }
}
