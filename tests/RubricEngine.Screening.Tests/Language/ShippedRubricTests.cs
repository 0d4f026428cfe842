using RubricEngine.Language;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Screening.Tests.Language;

/// <summary>The shipped rubrics, loaded from their text as a user would, decide their embedded examples as the examples expect.</summary>
public class ShippedRubricTests
{
    public static TheoryData<string, ScreeningEngine> Rubrics()
    {
        var data = new TheoryData<string, ScreeningEngine>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "rubrics")).Order(StringComparer.Ordinal))
        {
            if (RubricLoader.IsRubricPath(file))
            {
                data.Add(Path.GetFileName(file), ScreeningEngine.Compiled);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rubrics))]
    public void Screen_EmbeddedExamplesOfShippedRubric_GiveTheExpectedOutcomesAndVerdicts(string file, ScreeningEngine engine)
    {
        var loaded = RubricLoader.LoadFile(Path.Combine(RepositoryRoot(), "rubrics", file));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var rubric = loaded.Value!;
        var screener = Screener.Create(rubric, new ScreenerOptions { Engine = engine });

        var failures = screener.CheckExamples()
            .Where(r => !r.Passed)
            .SelectMany(r => r.Mismatches.Select(m => $"{r.Name}: {m}"))
            .ToList();

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.NotEmpty(rubric.Examples);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RubricEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
