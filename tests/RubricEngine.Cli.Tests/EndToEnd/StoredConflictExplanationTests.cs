namespace RubricEngine.Cli.Tests.EndToEnd;

/// <summary>
/// A decision kept in a record store explains its conflicts exactly as the screen that made it did: the conflict is
/// part of the decision (its <c>conflicts</c> entry), so <c>records show --format md</c> gives the same lines as
/// <c>explain</c>, in English and Chinese, for a conflict settled by the requirements (EU E07) and one left unresolved
/// and read only by an indicator (GIB G19).
/// </summary>
[Collection("cli")]
public class StoredConflictExplanationTests
{
    [Theory]
    [InlineData("eu-taxonomy", "samples/eu-taxonomy/E07-hydro-conflicting-lca.yaml", "en", ": kept")]
    [InlineData("eu-taxonomy", "samples/eu-taxonomy/E07-hydro-conflicting-lca.yaml", "zh", "：采用")]
    [InlineData("gib", "samples/gib/G19-conflicting-ratings.yaml", "en", ": in conflict")]
    [InlineData("gib", "samples/gib/G19-conflicting-ratings.yaml", "zh", "：仍相互冲突")]
    public void StoredDecision_Explained_ShowsTheSameConflictAsTheScreen(string rubric, string dossier, string language, string fate)
    {
        var store = CliRunner.TempPath($"conflict-{rubric}-{language}.db");
        var rubricPath = $"rubrics/{rubric}.rubric";
        var screened = CliRunner.Run("screen", "--rubric", rubricPath, "--dossiers", dossier, "--format", "json", "--record", store);
        Assert.True(screened.Exit == 0, screened.Error);
        var runs = CliRunner.Run("records", "list", store, "--format", "csv");
        var run = runs.Out.Split('\n')[1].Split(',')[0];
        var records = CliRunner.Run("records", "list", store, "--run", run, "--format", "csv");
        var record = records.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).Single(c => c[1] == "decision")[0];

        var stored = CliRunner.Run("records", "show", store, record, "--format", "md", "--lang", language);
        var explained = CliRunner.Run("explain", "--rubric", rubricPath, "--dossier", dossier, "--lang", language);

        Assert.True(stored.Exit == 0, stored.Error);
        var conflict = ConflictLines(explained.Out);
        Assert.Contains(conflict, l => l.EndsWith(fate, StringComparison.Ordinal));
        Assert.Equal(conflict, ConflictLines(stored.Out));
    }

    /// <summary>Each policy line of a Markdown explanation and the list items under it.</summary>
    private static List<string> ConflictLines(string markdown)
    {
        var lines = new List<string>();
        var inside = false;
        foreach (var line in markdown.Split('\n'))
        {
            var policy = line.Contains("values disagree; policy", StringComparison.Ordinal) || line.Contains("数值不一致；处理规则", StringComparison.Ordinal);
            inside = policy || (inside && line.TrimStart().StartsWith("- ", StringComparison.Ordinal) && line.StartsWith("  ", StringComparison.Ordinal));
            if (inside)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
