using RubricEngine.Language;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Authoring.Tests;

/// <summary>Paths into the repository, and golden files that <c>RUBRIC_UPDATE_GOLDEN=1</c> rewrites.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Loads a rubric that must check.</summary>
    public static Rubric Load(string relative)
    {
        var result = RubricLoader.LoadFile(PathOf(relative));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    /// <summary>Output with the repository's absolute path taken out, so golden files hold relative paths.</summary>
    public static string Relative(string text) => text.Replace(Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    /// <summary>Compares with the golden file, or writes it when asked to.</summary>
    public static void AssertGolden(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("RUBRIC_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run with RUBRIC_UPDATE_GOLDEN=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RubricEngine.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("RubricEngine.sln not found.");
    }
}
