using System.CommandLine;
using RubricEngine.Language;

namespace RubricEngine.Cli.Commands;

/// <summary><c>rubric fmt FILE [--write]</c>: the canonical DSL formatting.</summary>
internal static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A rubric file (.rubric)." };
        var write = new Option<bool>("--write") { Description = "Rewrite the file in place instead of printing it." };
        var command = new Command("fmt", "Print a rubric in canonical formatting, or rewrite it with --write.") { file, write };
        command.SetAction(parsed => Run(console, parsed.GetValue(file)!, parsed.GetValue(write)));
        return command;
    }

    private static int Run(CliConsole console, string file, bool write)
    {
        var result = RubricLoader.LoadFile(file);
        console.Report(result.Diagnostics);
        if (!result.Succeeded)
        {
            return ExitCodes.InputErrors;
        }

        var formatted = RubricFormatter.Format(result.Value!);
        if (write)
        {
            // Write beside the file, then move: an interrupted write never leaves half a rubric.
            var temporary = file + ".tmp";
            File.WriteAllText(temporary, formatted);
            File.Move(temporary, file, overwrite: true);
        }
        else
        {
            console.Out.Write(formatted);
        }

        return ExitCodes.Success;
    }
}
