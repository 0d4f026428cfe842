using System.CommandLine;
using RubricEngine.Cli.Arguments;
using RubricEngine.Cli.Reports;
using RubricEngine.Language;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric test RUBRIC... [--format text|junit] [--junit FILE]</c>: runs each rubric's embedded examples, its
/// own conformance tests. Text prints each failure with expected and actual outcome and verdicts, then
/// <c>N passed, N failed</c>; JUnit XML goes to standard output (<c>--format junit</c>) or to a file beside
/// the text (<c>--junit FILE</c>). The examples of a cohort rubric are screened together, as one cohort.
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("rubrics") { Description = console.Usage.Of("Rubric files (.rubric, .yaml).", "评分标准文件（.rubric、.yaml）。"), Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = console.Usage.Of("text, or junit for JUnit XML.", "text，或 junit（JUnit XML）。"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "junit");
        var junitFile = new Option<string?>("--junit") { Description = console.Usage.Of("Also write JUnit XML to this file, keeping the text on standard output.", "同时把 JUnit XML 写入此文件，文本仍写到标准输出。") };
        junitFile.Validators.Add(CliOptions.WritablePathCheck(console.Usage));
        var command = new Command("test", console.Usage.Of("Run the examples embedded in rubrics. Exit 1 when any fails.", "运行评分标准中内嵌的示例。有任何失败时退出码为 1。")) { files, format, junitFile };
        command.SetAction(parsed => Run(console, parsed.GetValue(files) ?? [], parsed.GetValue(format)!, parsed.GetValue(junitFile)));
        return command;
    }

    private static int Run(CliConsole console, string[] files, string format, string? junitFile)
    {
        var runs = files.Select(f => RunFile(console, f)).ToList();
        if (format == "junit")
        {
            JUnitReport.Write(console.Out, runs);
        }
        else
        {
            WriteText(console.Out, runs);
        }

        if (junitFile is not null)
        {
            using var file = new StreamWriter(junitFile);
            JUnitReport.Write(file, runs);
        }

        return runs.All(r => r.Failed == 0) ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private static ExampleRun RunFile(CliConsole console, string file)
    {
        var loaded = RubricLoader.LoadFile(file);
        console.Report(loaded.Diagnostics.Where(d => d.IsError));
        if (!loaded.Succeeded)
        {
            return new ExampleRun(file, null, [], [.. loaded.Diagnostics.Where(d => d.IsError)]);
        }

        var rubric = loaded.Value!;
        var outcomes = RubricInputs.CreateScreener(rubric).CheckExamples()
            .Select(r => new ExampleOutcome(r.Name, rubric.Examples.First(e => e.Name == r.Name).Span, [.. r.Mismatches]))
            .ToList();
        return new ExampleRun(file, rubric.Metadata.Id, outcomes, []);
    }

    private static void WriteText(TextWriter output, IReadOnlyList<ExampleRun> runs)
    {
        foreach (var run in runs)
        {
            if (!run.Loaded)
            {
                output.WriteLine($"FAIL {run.File}: the rubric has errors");
            }

            foreach (var example in run.Examples.Where(e => !e.Passed))
            {
                output.WriteLine($"FAIL {run.File} example \"{example.Name}\" ({example.Span})");
                foreach (var mismatch in example.Mismatches)
                {
                    output.WriteLine("  " + mismatch);
                }
            }
        }

        output.WriteLine($"{runs.Sum(r => r.Passed)} passed, {runs.Sum(r => r.Failed)} failed");
    }
}
