namespace RubricEngine.Cli;

/// <summary>The <c>rubric</c> command's entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the exit status.</summary>
    public static int Main(string[] args) => CommandLine.Run(args, Console.Out, Console.Error);
}
