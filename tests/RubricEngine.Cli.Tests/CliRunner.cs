namespace RubricEngine.Cli.Tests;

/// <summary>Runs the <c>rubric</c> command in-process, from the repository root, capturing its streams.</summary>
internal static class CliRunner
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static (int Exit, string Out, string Error) Run(params string[] args) => RunWithInput(string.Empty, args);

    public static (int Exit, string Out, string Error) RunWithInput(string input, params string[] args) => RunIn(RepositoryRoot, input, args);

    /// <summary>Runs from <paramref name="folder"/>, so the relative paths a command writes land there.</summary>
    public static (int Exit, string Out, string Error) RunIn(string folder, string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = Environment.CurrentDirectory;
        int exit;
        lock (Lock)
        {
            Environment.CurrentDirectory = folder;
            try
            {
                exit = CommandLine.Run(args, new StringReader(input), output, error);
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }

        return (exit, output.ToString(), error.ToString());
    }

    public static string TempFile(string name, string text)
    {
        var path = Path.Combine(TestRoot.NewFolder(), name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A path in a new empty temporary folder, for a command to create (a report folder).</summary>
    public static string TempPath(string name)
    {
        return Path.Combine(TestRoot.NewFolder(), name);
    }

    /// <summary>Every file under a folder, by its '/' separated path inside it, with its text.</summary>
    public static Dictionary<string, string> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private static readonly object Lock = new();

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
