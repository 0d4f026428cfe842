using System.CommandLine;
using RubricEngine.Language;
using RubricEngine.Language.Yaml;

namespace RubricEngine.Cli.Commands;

/// <summary><c>rubric convert FILE --to yaml|rubric</c>: the same rubric in the other form, on stdout.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = console.Usage.Of("A rubric file (.rubric, .yaml, .yml).", "一个评分标准文件（.rubric、.yaml、.yml）。") };
        var to = new Option<string>("--to") { Description = console.Usage.Of("The target form.", "目标形式。"), Required = true };
        to.AcceptOnlyFromAmong("yaml", "rubric");
        var command = new Command("convert", console.Usage.Of("Print a rubric in the other form: DSL to YAML or YAML to DSL.", "以另一种形式输出评分标准：DSL 转 YAML，或 YAML 转 DSL。")) { file, to };
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
