using System.CommandLine;
using RubricEngine.Language;
using RubricEngine.Language.Yaml;

namespace RubricEngine.Cli.Commands;

/// <summary><c>rubric convert FILE --to yaml|rubric</c>: the same rubric in the other form, on stdout.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A rubric file (.rubric, .yaml, .yml)." };
        var to = new Option<string>("--to") { Description = "The target form.", Required = true };
        to.AcceptOnlyFromAmong("yaml", "rubric");
        var command = new Command("convert", "Print a rubric in the other form: DSL to YAML or YAML to DSL.") { file, to };
        command.SetAction(parsed => Run(console, parsed.GetValue(file)!, parsed.GetValue(to)!));
        return command;
    }

    private static int Run(CliConsole console, string file, string to)
    {
        var result = RubricLoader.LoadFile(file);
        console.Report(result.Diagnostics);
        if (!result.Succeeded)
        {
            return ExitCodes.InputErrors;
        }

        var comments = RubricComments.Read(file, File.ReadAllText(file));
        console.Out.Write(to == "yaml" ? RubricYamlWriter.Write(result.Value!, comments) : RubricFormatter.Format(result.Value!, comments));
        return ExitCodes.Success;
    }
}
