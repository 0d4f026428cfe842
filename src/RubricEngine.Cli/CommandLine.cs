using System.CommandLine;
using System.CommandLine.Help;
using RubricEngine.Cli.Arguments;
using RubricEngine.Cli.Commands;

namespace RubricEngine.Cli;

/// <summary>Builds the command tree and runs it. Wiring only: each command delegates to the libraries.</summary>
public static class CommandLine
{
    /// <summary>The environment variable that lets an unexpected exception's stack trace through.</summary>
    public const string StackTraceVariable = "RUBRIC_STACK_TRACES";

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given streams, and returns the exit status.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, TextReader.Null, output, error);

    /// <summary>Parses and runs <paramref name="args"/> with the given standard input, and returns the exit status.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(args);
        var words = UsageWords.For(args);
        var root = Build(new CliConsole(output, error) { In = input, Usage = words });

        // No default handler: an escaped exception becomes one line, never a stack trace. Parsing is inside the
        // try too: the options' parsers and validators run there, and one that throws is a bug like any other.
        var configuration = new InvocationConfiguration
        {
            Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
        };
        try
        {
            var chineseHelp = words.IsChinese && HelpWords.AsksForHelp(args);
            var parsed = root.Parse(chineseHelp ? HelpWords.WithoutLanguage(args) : args);
            if (UsageError.Find(parsed, words) is { } usage)
            {
                error.WriteLine(usage);
                return ExitCodes.Usage;
            }

            return chineseHelp && parsed.Action is HelpAction ? ChineseHelp(parsed, configuration, output) : parsed.Invoke(configuration);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"rubric: {ex.Message}");
            return ExitCodes.InputErrors;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && Environment.GetEnvironmentVariable(StackTraceVariable) != "1")
        {
            // A bug, not a user error: one line a user can report; the variable shows the whole trace.
            error.WriteLine($"rubric: internal error: {ex.GetType().Name}: {ex.Message} (set {StackTraceVariable}=1 for the stack trace)");
            return ExitCodes.InternalError;
        }
    }

    // The help written to a buffer, then its parser words translated on the way out.
    private static int ChineseHelp(ParseResult parsed, InvocationConfiguration configuration, TextWriter output)
    {
        using var help = new StringWriter();
        configuration.Output = help;
        var exit = parsed.Invoke(configuration);
        output.Write(HelpWords.Chinese(help.ToString()));
        return exit;
    }

    /// <summary>The whole command tree, writing to <paramref name="console"/>; tests walk it too.</summary>
    internal static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(console.Usage.Of("RubricEngine: check, format, convert and run green-technology classification rubrics.", "RubricEngine：检查、格式化、转换和运行绿色技术分类评分标准。"));
        foreach (var command in Commands(console))
        {
            root.Add(command);
        }

        HelpWords.Describe(root, console.Usage);

        // A bare 'rubric' is a request for orientation, not a mistake: print the help.
        root.SetAction(parsed => new HelpAction().Invoke(parsed));
        return root;
    }

    private static IEnumerable<Command> Commands(CliConsole console) =>
    [
        CheckCommand.Create(console),
        FormatCommand.Create(console),
        ConvertCommand.Create(console),
        ScreenCommand.Create(console),
        ExplainCommand.Create(console),
        TestCommand.Create(console),
        RecordsCommand.Create(console),
        ReplayCommand.Create(console),
        DiffCommand.Create(console),
        ImpactCommand.Create(console),
        LintCommand.Create(console),
    ];
}
