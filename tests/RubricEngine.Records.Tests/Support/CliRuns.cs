using RubricEngine.Cli;

namespace RubricEngine.Records.Tests.Support;

/// <summary>The <c>rubric</c> command run in-process, with paths absolute so no test changes the working folder.</summary>
internal static class CliRuns
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(args, new StringReader(string.Empty), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A shipped rubric's absolute path.</summary>
    public static string Rubric(string name) => Path.Combine(Batches.Root, "rubrics", name);

    /// <summary>A new temporary folder holding copies of a shipped sample folder's files.</summary>
    public static string CopyOf(string samples)
    {
        var folder = Path.Combine(TestFolders.New(), Path.GetFileName(samples));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(Batches.Root, samples)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
