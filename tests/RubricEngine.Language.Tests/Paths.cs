namespace RubricEngine.Language.Tests;

/// <summary>Where the repository's test data lives, found from the test assembly's folder upwards.</summary>
internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Rubrics => Path.Combine(Root, "rubrics");

    public static string Golden => Path.Combine(Root, "tests", "RubricEngine.Language.Tests", "Golden");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RubricEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find RubricEngine.sln above the test folder.");
    }
}
