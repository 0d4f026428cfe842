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
            text.Append($"| {d.Code} | {severity} | {d.Title} | {d.Format.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return text.ToString();
    }

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
