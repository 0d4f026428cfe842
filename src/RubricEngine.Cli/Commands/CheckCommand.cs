using System.CommandLine;
using RubricEngine.Cli.Reports;
using RubricEngine.Language;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric check FILE... [--format text|sarif|json] [--lang en|zh]</c>: every diagnostic of every file. Text goes to standard
/// error, one <c>path(line,col): error RUBnnnn: message</c> a line; SARIF 2.1.0 and JSON go to standard output
/// for CI, with the count line still on standard error.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = console.Usage.Of("Rubric files (.rubric, .yaml, .yml).", "评分标准文件（.rubric、.yaml、.yml）。"), Arity = ArgumentArity.OneOrMore };
        var format = DiagnosticOutput.FormatOption(console.Usage);
        var language = LanguageOption.Create(console.Usage);
        var command = new Command("check", console.Usage.Of("Check rubrics and print their diagnostics. Exit 0 when none has errors, 1 otherwise.", "检查评分标准并输出诊断。没有错误时退出码为 0，否则为 1。")) { files, format, language };
        command.SetAction(parsed => Run(console, parsed.GetValue(files) ?? [], parsed.GetValue(format)!, parsed.GetValue(language)!));
        return command;
    }

    private static int Run(CliConsole console, string[] files, string format, string language)
    {
        console = console.WithLanguage(language);
        var failed = 0;
        var all = new List<Diagnostic>();
        foreach (var file in files)
        {
            var result = RubricLoader.LoadFile(file);
            all.AddRange(result.Diagnostics);
            if (!result.Succeeded)
            {
                failed++;
            }
        }

        DiagnosticOutput.Write(console, all, format);

        console.Error.WriteLine(language == "zh" ? $"{files.Length} 个评分规则中有 {files.Length - failed} 个检查无错误。" : $"{files.Length - failed} of {files.Length} rubric(s) checked without errors.");
        return failed == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
