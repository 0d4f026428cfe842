using RubricEngine.Authoring.Lint;
using RubricEngine.Language;

namespace RubricEngine.Authoring.Tests;

/// <summary>
/// Golden lint cases, one folder of <c>Lint/</c> per finding kind: <c>rubric.rubric</c> and <c>expected.txt</c>, the
/// exact <c>path(line,col): warning RUBnnnn: message</c> lines (the checker's warnings, then the linter's, as
/// <c>rubric lint</c> prints them).
/// </summary>
public class LintTests
{
    private static readonly string Folder = Repository.PathOf("tests/RubricEngine.Authoring.Tests/Lint");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(Folder).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ShippedRubrics() =>
        [.. Directory.GetFiles(Repository.PathOf("rubrics")).Select(f => "rubrics/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lint_GoldenCase_GivesExactlyTheExpectedFindings(string name)
    {
        var relative = $"tests/RubricEngine.Authoring.Tests/Lint/{name}/rubric.rubric";
        var text = File.ReadAllText(Repository.PathOf(relative));
        var loaded = RubricLoader.LoadText(relative, text);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var lines = RubricLinter.WithoutAllowed(loaded.Diagnostics, text).Concat(RubricLinter.Lint(loaded.Value!, text)).Select(d => d.ToString() + "\n");
        Repository.AssertGolden(Path.Combine(Folder, name, "expected.txt"), string.Concat(lines));
    }

    [Theory]
    [MemberData(nameof(ShippedRubrics))]
    public void Lint_ShippedRubric_HasNoUnjustifiedFinding(string path)
    {
        var text = File.ReadAllText(Repository.PathOf(path));
        var loaded = RubricLoader.LoadText(path, text);
        Assert.True(loaded.Succeeded);
        Assert.Empty(RubricLinter.WithoutAllowed(loaded.Diagnostics, text).Concat(RubricLinter.Lint(loaded.Value!, text)).Select(d => d.ToString()));
    }

    [Fact]
    public void Lint_ShippedCohortRubricWithoutItsComments_ShowsTheJustifiedTierOverlaps()
    {
        var text = File.ReadAllText(Repository.PathOf("rubrics/survey-cohort.rubric"));
        var rubric = RubricLoader.LoadText("rubrics/survey-cohort.rubric", text).Value!;
        var findings = RubricLinter.Lint(rubric).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("RUB0901", f.Code)); // the row kinds exclude each other, which lint cannot see
        Assert.Empty(RubricLinter.Lint(rubric, text)); // one allow above 'classification' covers its tiers
    }
}
