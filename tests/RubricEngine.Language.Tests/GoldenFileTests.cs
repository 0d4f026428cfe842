using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Tests;

/// <summary>
/// One case per folder of <c>Golden/</c>: <c>input.rubric</c> and <c>expected.txt</c>, which holds the exact
/// diagnostic lines followed, when the rubric loads, by its canonical formatting. Set RUBRIC_UPDATE_GOLDEN=1
/// to rewrite the expected files after a deliberate change, then review the diff.
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CaseNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static List<string> CaseNames() =>
        [.. Directory.GetDirectories(Paths.Golden).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_InputRubric_ProducesExpectedText(string name)
    {
        var directory = Path.Combine(Paths.Golden, name);
        var text = File.ReadAllText(Path.Combine(directory, "input.rubric"));
        var actual = Render(RubricLoader.LoadText("input.rubric", text));
        var expectedPath = Path.Combine(directory, "expected.txt");
        if (Environment.GetEnvironmentVariable("RUBRIC_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Fact]
    public void Golden_Cases_AreEnoughAndAThirdAreErrors()
    {
        var names = CaseNames();
        var errors = names.Count(n => File.ReadAllText(Path.Combine(Paths.Golden, n, "expected.txt")).Contains(": error RUB", StringComparison.Ordinal));
        Assert.True(names.Count >= 60, $"only {names.Count} golden cases");
        Assert.True(errors * 3 >= names.Count, $"only {errors} of {names.Count} golden cases are errors");
    }

    internal static string Render(Result<Rubric> result)
    {
        var lines = result.Diagnostics.Select(d => d + "\n");
        return string.Concat(lines) + (result.Value is { } rubric ? RubricFormatter.Format(rubric) : string.Empty);
    }
}
