using System.CommandLine;
using RubricEngine.Authoring.Lint;
using RubricEngine.Cli.Reports;
using RubricEngine.Language;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric lint FILE... [--format text|sarif|json] [--lang en|zh]</c>: the checker's warnings and the static analysis findings
/// (RUB0900-RUB0949) of every file, as <c>check</c> prints diagnostics. Exit 0 when there are none, 1 otherwise,
/// so CI fails on a finding nobody justified with a <c>lint: allow</c> comment.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = console.Usage.Of("Rubric files (.rubric, .yaml, .yml).", "评分标准文件（.rubric、.yaml、.yml）。"), Arity = ArgumentArity.OneOrMore };
        var format = DiagnosticOutput.FormatOption(console.Usage);
        var language = LanguageOption.Create(console.Usage);
        var command = new Command("lint", console.Usage.Of("Find tiers never reached, overlapping or leaving gaps, criteria always or never met or redundant, unused inputs, weights that do not sum. Exit 1 on any finding.", "查找永远达不到、相互重叠或留有空隙的等级，总是满足、从不满足或多余的准则，未使用的输入，以及总和不对的权重。有任何发现时退出码为 1。"))
        {
            files, format, language,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(files) ?? [], parsed.GetValue(format)!, parsed.GetValue(language)!));
        return command;
    }

    private static int Run(CliConsole console, string[] files, string format, string language)
    {
        console = console.WithLanguage(language);
        var all = new List<Diagnostic>();
        var clean = 0;
        foreach (var file in files)
        {
            var result = RubricLoader.LoadFile(file);
            var findings = result.Diagnostics.ToList();
            if (result.Succeeded)
            {
                var text = File.ReadAllText(file);
                findings = [.. RubricLinter.WithoutAllowed(findings, text), .. RubricLinter.Lint(result.Value!, text)];
            }

            clean += findings.Count == 0 ? 1 : 0;
            all.AddRange(findings);
        }

        DiagnosticOutput.Write(console, all, format);

        console.Error.WriteLine(language == "zh" ? $"{files.Length} 个评分规则中有 {clean} 个没有发现问题。" : $"{clean} of {files.Length} rubric(s) without findings.");
        return clean == files.Length ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
