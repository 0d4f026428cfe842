namespace RubricEngine.Language.Tests.Yaml;

/// <summary>
/// Compares text with a golden file; RUBRIC_UPDATE_GOLDEN=1 rewrites the files from the actual output. Other golden
/// tests obey the same variable, so filter the run to the tests whose files you mean to rewrite.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("RUBRIC_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.Exists(path) ? File.ReadAllText(path) : string.Empty, actual);
    }
}
