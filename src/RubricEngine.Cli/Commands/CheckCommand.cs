using System.CommandLine;
using RubricEngine.Language;

namespace RubricEngine.Cli.Commands;

/// <summary><c>rubric check FILE...</c>: prints every diagnostic of every file.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "Rubric files (.rubric, .yaml, .yml).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Check rubrics and print their diagnostics. Exit 0 when none has errors, 1 otherwise.") { files };
        command.SetAction(parsed => Run(console, parsed.GetValue(files) ?? []));
        return command;
    }

    private static int Run(CliConsole console, string[] files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var result = RubricLoader.LoadFile(file);
            console.Report(result.Diagnostics);
            if (!result.Succeeded)
            {
                failed++;
            }
        }

        console.Error.WriteLine($"{files.Length - failed} of {files.Length} rubric(s) checked without errors.");
        return failed == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
