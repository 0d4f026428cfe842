using RubricEngine.Language;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>The rubrics shipped in <c>rubrics/</c>, found from wherever the benchmark runs (bin folder or test host).</summary>
public static class ShippedRubrics
{
    /// <summary>Loads <c>rubrics/FILE</c>; a rubric that does not load is a broken benchmark, so it throws.</summary>
    public static Rubric Load(string fileName)
    {
        var path = Path.Combine(RepositoryRoot(), "rubrics", fileName);
        var result = RubricLoader.LoadFile(path);
        if (!result.Succeeded || result.Value is null)
        {
            throw new InvalidOperationException($"{path} does not load: {string.Join("; ", result.Errors)}");
        }

        return result.Value;
    }

    /// <summary>The first folder holding RubricEngine.sln above the binaries or, failing that, above the working directory.</summary>
    public static string RepositoryRoot() =>
        SolutionFolderAbove(AppContext.BaseDirectory) ?? SolutionFolderAbove(Environment.CurrentDirectory)
        ?? throw new InvalidOperationException($"No RubricEngine.sln above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");

    private static string? SolutionFolderAbove(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RubricEngine.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
