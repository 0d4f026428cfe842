using System.Text;

namespace RubricEngine.Cli;

/// <summary>The <c>rubric</c> command's entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the exit status.</summary>
    public static int Main(string[] args)
    {
        // A plain UTF-8 reader: Console.In's synchronised wrapper would slow down dossiers piped in.
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        return CommandLine.Run(args, input, Console.Out, Console.Error);
    }
}
