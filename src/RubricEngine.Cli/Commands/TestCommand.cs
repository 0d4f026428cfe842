using System.CommandLine;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric test RUBRIC...</c>: runs each rubric's embedded examples, its own conformance tests. Prints each
/// failure with expected and actual outcome and verdicts, then <c>N passed, N failed</c>. The examples of a
/// cohort rubric are screened together, as one cohort.
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("rubrics") { Description = "Rubric files (.rubric, .yaml).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("test", "Run the examples embedded in rubrics. Exit 1 when any fails.") { files };
        command.SetAction(parsed => Run(console, parsed.GetValue(files) ?? []));
        return command;
    }

    private static int Run(CliConsole console, string[] files)
    {
        var (passed, failed) = (0, 0);
        foreach (var file in files)
        {
            var rubric = RubricInputs.LoadRubric(console, file);
            if (rubric is null)
            {
                console.Out.WriteLine($"FAIL {file}: the rubric has errors");
                failed++;
                continue;
            }

            foreach (var result in RubricInputs.CreateScreener(rubric).CheckExamples())
            {
                if (result.Passed)
                {
                    passed++;
                    continue;
                }

                failed++;
                var span = rubric.Examples.First(e => e.Name == result.Name).Span;
                console.Out.WriteLine($"FAIL {file} example \"{result.Name}\" ({span})");
                foreach (var mismatch in result.Mismatches)
                {
                    console.Out.WriteLine("  " + mismatch);
                }
            }
        }

        console.Out.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
