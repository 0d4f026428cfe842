using System.CommandLine;
using RubricEngine.Language;
using RubricEngine.Language.Yaml;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric fmt FILE [--write]</c>: the canonical formatting in the file's own form, DSL for <c>.rubric</c> and
/// YAML for <c>.yaml</c>/<c>.yml</c> (writing DSL into a YAML file would destroy it).
/// </summary>
internal static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = console.Usage.Of("A rubric file (.rubric, .yaml, .yml).", "一个评分标准文件（.rubric、.yaml、.yml）。") };
        var write = new Option<bool>("--write") { Description = console.Usage.Of("Rewrite the file in place instead of printing it.", "就地改写文件，而不是输出。") };
        var command = new Command("fmt", console.Usage.Of("Print a rubric in canonical formatting, or rewrite it with --write.", "以规范格式输出评分标准，或用 --write 改写文件。")) { file, write };
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

        // Comments are not part of the model; they are read from the file again and put back at their declarations.
        var comments = RubricComments.Read(file, File.ReadAllText(file));
        var formatted = IsYaml(file) ? RubricYamlWriter.Write(result.Value!, comments) : RubricFormatter.Format(result.Value!, comments);
        if (write)
        {
            ReplacingFile.WriteAllText(file, formatted);
        }
        else
        {
            console.Out.Write(formatted);
        }

        return ExitCodes.Success;
    }

    private static bool IsYaml(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".yaml" or ".yml";
}
