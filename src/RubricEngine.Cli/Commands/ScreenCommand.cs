using System.CommandLine;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric screen --rubric R --dossiers PATH... [--format ...] [--out FILE] [--lang en|zh] [--threads N]</c>:
/// screens a batch and prints the ranked result. Dossiers that fail are reported with file and line; the
/// rest are still screened, and the exit status is 1 when any failed.
/// </summary>
internal static class ScreenCommand
{
    public static Command Create(CliConsole console)
    {
        var rubric = new Option<string>("--rubric") { Description = "The rubric (.rubric, .yaml).", Required = true };
        var dossiers = new Option<string[]>("--dossiers")
        {
            Description = "Dossier files (.yaml, .yml, .json, .csv) or folders of them.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var format = new Option<string>("--format") { Description = "table, json, jsonl, csv or html.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(ScreenOutput.Formats);
        var output = new Option<string?>("--out") { Description = "Write the result to this file instead of standard output." };
        var language = LanguageOption.Create();
        var threads = new Option<int>("--threads") { Description = "Worker threads; 0 uses every core.", DefaultValueFactory = _ => 0 };
        threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--threads must be 0 or more.");
            }
        });

        var command = new Command("screen", "Screen dossiers against a rubric and print the ranked decisions.")
        {
            rubric, dossiers, format, output, language, threads,
        };
        command.SetAction(parsed => Run(
            console,
            new ScreenRequest(parsed.GetValue(rubric)!, parsed.GetValue(dossiers) ?? [], parsed.GetValue(format)!, parsed.GetValue(output), parsed.GetValue(language)!, parsed.GetValue(threads))));
        return command;
    }

    private static int Run(CliConsole console, ScreenRequest request)
    {
        var rubric = RubricInputs.LoadRubric(console, request.Rubric);
        if (rubric is null)
        {
            return ExitCodes.InputErrors;
        }

        var screener = RubricInputs.CreateScreener(rubric, request.Threads);
        var read = RubricInputs.CreateReader(screener).Read(request.Dossiers);
        var started = DateTimeOffset.UtcNow;
        var summary = ScreenProgress.Run(console, progress =>
            ScreenOutput.Write(console, request, rubric, ReportFailures(console, screener.ScreenBatch(read, progress))));
        var envelope = new ScreeningEnvelope(screener.Identity, summary, started, DateTimeOffset.UtcNow, screener.WorkerThreads, screener.Options.Engine);
        console.Error.WriteLine($"screened {summary.Screened}, failed {summary.Failed}, skipped {summary.Skipped}");
        if (request.Output is not null)
        {
            File.WriteAllText(request.Output + ".run.json", envelope.ToJson());
        }

        return summary.Failed > 0 || summary.Screened == 0 ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    private static IEnumerable<ScreeningItem> ReportFailures(CliConsole console, IEnumerable<ScreeningItem> items)
    {
        foreach (var item in items)
        {
            if (item.Failed || item.Skipped)
            {
                console.Report(item.Source.Diagnostics);
            }

            yield return item;
        }
    }
}

/// <summary>What the user asked <c>screen</c> for.</summary>
internal sealed record ScreenRequest(string Rubric, string[] Dossiers, string Format, string? Output, string Language, int Threads);
