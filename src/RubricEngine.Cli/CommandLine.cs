using System.CommandLine;
using RubricEngine.Cli.Commands;

namespace RubricEngine.Cli;

/// <summary>Builds the command tree and runs it. Wiring only: each command delegates to the libraries.</summary>
public static class CommandLine
{
    /// <summary>Parses and runs <paramref name="args"/>, writing to the given streams, and returns the exit status.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("RubricEngine: check, format, convert and run green-technology classification rubrics.");
        foreach (var command in Commands(console))
        {
            root.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"rubric: {parseError.Message}");
            }

            error.WriteLine("Run 'rubric --help' for usage.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = true });
    }

    private static IEnumerable<Command> Commands(CliConsole console) =>
    [
        CheckCommand.Create(console),
        FormatCommand.Create(console),
        ConvertCommand.Create(console),
        ScreenCommand.Create(console),
        ExplainCommand.Create(console),
        TestCommand.Create(console),
    ];
}
