namespace RubricEngine.Explain.Tests.Fixtures;

/// <summary>
/// Golden files under <c>tests/RubricEngine.Explain.Tests/Golden/</c>, compared byte for byte. Run the tests
/// with RUBRIC_UPDATE_GOLDEN=1 to rewrite them after a deliberate template change, then review the diff.
/// </summary>
internal static class Golden
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "tests", "RubricEngine.Explain.Tests", "Golden");

    public static void AssertMatches(string relativePath, string actual)
    {
        var path = Path.Combine(Directory, relativePath);
        if (Environment.GetEnvironmentVariable("RUBRIC_UPDATE_GOLDEN") == "1")
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{relativePath} is missing; run the tests with RUBRIC_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RubricEngine.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("RubricEngine.sln not found above the test directory.");
    }
}
